#pragma once

// Committed OKRs are expected to reach 100%; aspirational ones succeed at about 70%.
enum class Commitment { Committed, Aspirational };
