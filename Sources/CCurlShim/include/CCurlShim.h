#ifndef PARLEY_CCURLSHIM_H
#define PARLEY_CCURLSHIM_H
// Typed wrappers around libcurl's variadic calls, which Swift cannot call directly
// (the same approach as swift-corelibs-foundation's CFURLSessionInterface.h).
// One function per argument type; every symbol is prefixed parley_curl_.
#include <curl/curl.h>
#include <stdint.h>

// curl_global_init(CURL_GLOBAL_ALL): the flag is a macro expression Swift does not import.
CURLcode parley_curl_global_init_all(void);

// curl_easy_setopt
CURLcode parley_curl_easy_setopt_long(CURL *_Nonnull handle, CURLoption option, long value);
CURLcode parley_curl_easy_setopt_off_t(CURL *_Nonnull handle, CURLoption option, int64_t value);
CURLcode parley_curl_easy_setopt_string(CURL *_Nonnull handle, CURLoption option, const char *_Nullable value);
CURLcode parley_curl_easy_setopt_pointer(CURL *_Nonnull handle, CURLoption option, void *_Nullable value);
CURLcode parley_curl_easy_setopt_slist(CURL *_Nonnull handle, CURLoption option, struct curl_slist *_Nullable value);
CURLcode parley_curl_easy_setopt_write_function(CURL *_Nonnull handle, curl_write_callback _Nullable callback);
CURLcode parley_curl_easy_setopt_header_function(CURL *_Nonnull handle, curl_write_callback _Nullable callback);
CURLcode parley_curl_easy_setopt_xferinfo_function(CURL *_Nonnull handle, curl_xferinfo_callback _Nullable callback);
CURLcode parley_curl_easy_setopt_opensocket_function(CURL *_Nonnull handle, curl_opensocket_callback _Nullable callback);

// curl_easy_getinfo
CURLcode parley_curl_easy_getinfo_long(CURL *_Nonnull handle, CURLINFO info, long *_Nonnull value);
CURLcode parley_curl_easy_getinfo_off_t(CURL *_Nonnull handle, CURLINFO info, int64_t *_Nonnull value);
CURLcode parley_curl_easy_getinfo_double(CURL *_Nonnull handle, CURLINFO info, double *_Nonnull value);
CURLcode parley_curl_easy_getinfo_string(CURL *_Nonnull handle, CURLINFO info, const char *_Nullable *_Nonnull value);
CURLcode parley_curl_easy_getinfo_pointer(CURL *_Nonnull handle, CURLINFO info, void *_Nullable *_Nonnull value);

// curl_multi_setopt
CURLMcode parley_curl_multi_setopt_long(CURLM *_Nonnull multi, CURLMoption option, long value);

// curl_share_setopt
CURLSHcode parley_curl_share_setopt_long(CURLSH *_Nonnull share, CURLSHoption option, long value);

#endif
