// SPDX-License-Identifier: Apache-2.0
// A fixture of tests/layers: a folder other than net talking HTTP itself.
#include <curl/curl.h>
