// SPDX-License-Identifier: Apache-2.0
// A fixture of tests/layers: core drawing with a widget.
#include <QtWidgets/QWidget>
