#ifndef PARLEY_CCURL_H
#define PARLEY_CCURL_H
#include <curl/curl.h>
#endif
