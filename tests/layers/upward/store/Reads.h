// SPDX-License-Identifier: Apache-2.0
// A fixture of tests/layers: persistence reaching up into the cases above it.
#pragma once

#include "cases/Case.h"
