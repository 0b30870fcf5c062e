// SPDX-License-Identifier: Apache-2.0
#include "ProcessRunner.h"

#include "Stopwatch.h"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace earshot::bench {

ProcessRun runProcess(const std::vector<std::string> &argv,
                      const std::map<std::string, std::string> &env)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    // posix_spawn, not fork: a forked copy of this large process would count towards the
    // child's peak memory until exec.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    posix_spawn_file_actions_addclose(&actions, pipeFds[1]);

    std::vector<std::string> environment;
    for (char **e = environ; *e; ++e) {
        const std::string entry = *e;
        if (!env.count(entry.substr(0, entry.find('='))))
            environment.push_back(entry);
    }
    for (const auto &[key, value] : env)
        environment.push_back(key + '=' + value);
    std::vector<char *> envp;
    envp.reserve(environment.size() + 1);
    for (std::string &e : environment)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<char *> args;
    args.reserve(argv.size() + 1);
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);

    Stopwatch watch;
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    ProcessRun run;
    if (spawned != 0) {
        close(pipeFds[0]);
        return run;
    }
    char buffer[4096];
    ssize_t n;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        run.out.append(buffer, std::size_t(n));
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.wallMs = watch.elapsedMs();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakRssKb = usage.ru_maxrss;
    run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
                + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    return run;
}

} // namespace earshot::bench
