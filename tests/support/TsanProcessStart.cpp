// SPDX-License-Identifier: Apache-2.0
// Under ThreadSanitizer only (the tsan preset): QProcess starts a child the vfork way, with
// clone(CLONE_VM | CLONE_VFORK). The child then runs in the test's own memory, and each call it
// makes into TSan's interceptors before exec writes to the parent's TSan state: from the first
// QProcess on, TSan stopped seeing the test's main thread lock its mutexes and reported races on
// every queue guarded by one (WorkQueue's among them). Linked into each suite, this `clone`
// comes before glibc's and starts such a child with fork(), which TSan knows, handing QProcess
// the pidfd it asked for. Nothing changes in other builds.
#if defined(__SANITIZE_THREAD__)

#include <cerrno>
#include <cstdarg>
#include <dlfcn.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

extern "C" int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
    va_list more;
    va_start(more, arg);
    auto *parentTid = va_arg(more, pid_t *);
    void *tls = va_arg(more, void *);
    auto *childTid = va_arg(more, pid_t *);
    va_end(more);

    constexpr int vforkLike = CLONE_VM | CLONE_VFORK;
    if ((flags & vforkLike) == vforkLike && (flags & CLONE_THREAD) == 0) {
        const pid_t pid = fork();
        if (pid == 0)
            _exit(fn(arg));
        if (pid > 0 && (flags & CLONE_PIDFD) != 0) {
            const long pidfd = syscall(SYS_pidfd_open, pid, 0);
            if (pidfd < 0)
                return -1; // errno from pidfd_open
            *parentTid = static_cast<pid_t>(pidfd);
        }
        return pid;
    }
    using Clone = int (*)(int (*)(void *), void *, int, void *, ...);
    static const auto real = reinterpret_cast<Clone>(dlsym(RTLD_NEXT, "clone"));
    return real(fn, stack, flags, arg, parentTid, tls, childTid);
}

#endif
