#pragma once

// The confidence a team states in a check-in, and the pace status computed from progress: same three levels.
enum class Confidence { OnTrack, AtRisk, OffTrack };
