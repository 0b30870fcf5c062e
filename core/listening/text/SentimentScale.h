// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace earshot {

// From VADER's compound (sum / sqrt(sum² + 15), -1..1) to Earshot's score, whose cut points
// sentimentFromScore() owns: a compound inside the neutral band lands inside ±0.15.
double scoreFromCompound(double compound);

// How sure the reading is: far from the neutral band and one-sided is sure; mixed praise and
// complaint, or a score near a cut point, is not.
double confidenceOf(double compound, double positive, double negative, int signals);

// Below this compound a post reads as neutral (chosen for social posts, see docs/classifier.md).
constexpr double kNeutralBand = 0.3;

} // namespace earshot
