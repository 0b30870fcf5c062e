// SPDX-License-Identifier: Apache-2.0
// A fixture of tests/layers: net may use libcurl.
#include <curl/curl.h>
