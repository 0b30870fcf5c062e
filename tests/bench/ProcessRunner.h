// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <string>
#include <vector>

namespace earshot::bench {

struct ProcessRun {
    int exitCode = -1;
    double wallMs = 0;
    long peakRssKb = 0; // the child's own peak resident memory
    double cpuMs = 0;   // the child's user and system time
    std::string out;
};

// Runs a program to its end (fork/exec/wait4), with extra environment variables.
ProcessRun runProcess(const std::vector<std::string> &argv,
                      const std::map<std::string, std::string> &env = {});

} // namespace earshot::bench
