// SPDX-License-Identifier: Apache-2.0
// A fixture of tests/layers: cases may use the store below them.
#pragma once

#include "store/Reads.h"
