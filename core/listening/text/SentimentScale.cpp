// SPDX-License-Identifier: Apache-2.0
#include "listening/text/SentimentScale.h"

#include <algorithm>
#include <cmath>

namespace earshot {

namespace {
constexpr double kNeutralCut = 0.15; // sentimentFromScore's neutral edge
}

double scoreFromCompound(double compound)
{
    const double magnitude = std::abs(compound);
    double score;
    if (magnitude < kNeutralBand)
        score = magnitude / kNeutralBand * (kNeutralCut - 0.001);
    else
        score = kNeutralCut + (magnitude - kNeutralBand) / (1 - kNeutralBand) * (1 - kNeutralCut);
    return std::clamp(compound < 0 ? -score : score, -1.0, 1.0);
}

double confidenceOf(double compound, double positive, double negative, int signals)
{
    const double magnitude = std::abs(compound);
    if (magnitude < kNeutralBand) {
        // No signal at all is a confident neutral; a weak one near the band's edge is not.
        const double edge = magnitude / kNeutralBand;
        return std::clamp(signals == 0 ? 0.7 : 0.65 - 0.35 * edge, 0.0, 1.0);
    }
    const double beyond = (magnitude - kNeutralBand) / (1 - kNeutralBand);
    const double larger = std::max(positive, -negative);
    const double mixed = larger > 0 ? std::min(positive, -negative) / larger : 0;
    return std::clamp((0.5 + 0.5 * std::min(1.0, beyond * 1.5)) * (1 - 0.4 * mixed), 0.0, 1.0);
}

} // namespace earshot
