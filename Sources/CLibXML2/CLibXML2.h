#ifndef PARLEY_CLIBXML2_H
#define PARLEY_CLIBXML2_H
/* Debian's libxml2 is built with ICU, and encoding.h then includes the system <unicode/ucnv.h>, whose enums clash
 * with the ICU copy inside Foundation (_FoundationICU) in any Swift file that imports both. Parley never touches
 * the ICU fields of xmlCharEncodingHandler (the only declarations that depend on this macro), so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlsave.h>
#include <libxml/encoding.h>
#include <libxml/entities.h>
#include <libxml/uri.h>
#include <libxml/SAX2.h>
#endif
