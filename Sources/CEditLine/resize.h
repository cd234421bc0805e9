/*
 * A resize, Ctrl-Z and fg while a line is edited: kamaki's own read function for libedit.
 * Included by shim.h (after histedit.h).
 */
#ifndef KAMAKI_CEDITLINE_RESIZE_H
#define KAMAKI_CEDITLINE_RESIZE_H
/*
 * Debian's libedit (3.1-20221030), given EL_SIGNAL, handles SIGWINCH in its signal handler with
 * el_resize() and reads on: it knows the new width, but redraws nothing until the next key, and the
 * line shows garbled meanwhile (read.c: read_char() only re-arms its handlers after SIGWINCH; it
 * redraws after SIGCONT). And el_resize() keeps its idea of the cursor's row, which the terminal's
 * rewrapping of the line has changed.
 *
 * So kamaki reads the keys itself (EL_GETCFN, kamaki_el_read_char): it waits on standard input and on
 * a pipe that its own SIGWINCH, SIGTSTP and SIGCONT handlers write to. (With its own read function
 * gone, libedit's handling of SIGCONT, the redraw and the re-arming of its handlers in read_char(),
 * is gone too: hence Ctrl-Z and fg here as well.) They take the place of
 * libedit's when the line's first key is read (libedit puts back the dispositions it saved when the
 * line ends), only set a flag and write the pipe (async-signal-safe), and the redraws happen on the
 * main thread between keys. Ctrl-Z puts the terminal back in the mode it had before the line, as
 * libedit's handler does, and stops; after fg the editor's mode is set again and the line redrawn.
 * SIGINT, SIGQUIT, SIGHUP and SIGTERM stay libedit's: they end the line, as with its own reader.
 *
 * The state below is static in this header: Swift gives each of its files that calls these
 * functions its own copy, so only LineEditor+Resize.swift calls them.
 */
#include <histedit.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <wchar.h>

/* POSIX's (X/Open's) column count of a character; glibc declares it only for X/Open sources. */
extern int wcwidth(wchar_t);

static int kamaki_wakeup[2] = {-1, -1};
static volatile sig_atomic_t kamaki_resized = 0;
static volatile sig_atomic_t kamaki_continued = 0;
static volatile sig_atomic_t kamaki_cooked_known = 0;
/* The terminal mode before the line (allocated when first needed). */
static struct termios *kamaki_cooked = NULL;
static int kamaki_own_handlers = 0;
static int kamaki_prompt_columns = 0;

static inline void kamaki_wake(void) {
    int saved = errno;
    ssize_t written = write(kamaki_wakeup[1], "!", 1);
    (void)written;
    errno = saved;
}

static void kamaki_on_resize(int signal) {
    (void)signal;
    kamaki_resized = 1;
    kamaki_wake();
}

static void kamaki_on_continue(int signal) {
    (void)signal;
    kamaki_continued = 1;
    kamaki_wake();
}

/* Ctrl-Z: the terminal's mode from before the line, then stop (the whole process group, as
 * libedit does); after fg, the main thread sets the editor's mode again and redraws. */
static void kamaki_on_stop(int signal) {
    (void)signal;
    int saved = errno;
    if (kamaki_cooked_known) tcsetattr(STDIN_FILENO, TCSADRAIN, kamaki_cooked);
    struct sigaction stop, own;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &own);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &set, &old);
    kill(0, SIGTSTP);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    sigaction(SIGTSTP, &own, NULL);
    kamaki_continued = 1;
    kamaki_wake();
    errno = saved;
}

static inline void kamaki_take_job_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: poll() returns at once */
    action.sa_handler = kamaki_on_resize;
    sigaction(SIGWINCH, &action, NULL);
    action.sa_handler = kamaki_on_continue;
    sigaction(SIGCONT, &action, NULL);
    action.sa_handler = kamaki_on_stop;
    sigaction(SIGTSTP, &action, NULL);
}

/* The columns a text takes on the screen: `marker` brackets what takes none (EL_PROMPT_ESC). */
static inline int kamaki_text_columns(const char *text, char marker) {
    int columns = 0, hidden = 0;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    const char *p = text;
    const char *end = text + strlen(text);
    while (p < end) {
        if (*p == marker) {
            hidden = !hidden;
            p++;
            continue;
        }
        wchar_t c;
        size_t length = mbrtowc(&c, p, (size_t)(end - p), &state);
        if (length == (size_t)-1 || length == (size_t)-2 || length == 0) {
            memset(&state, 0, sizeof state);
            length = 1;
            c = L'?';
        }
        if (!hidden) {
            int width = wcwidth(c);
            columns += width < 0 ? 2 : width;
        }
        p += length;
    }
    return columns;
}

/* Redraws the prompt and the line at the terminal's new width. The terminal has rewrapped them
 * (tmux, VTE, kitty and iTerm2 do) with the cursor where it was in the text: the prompt starts as
 * many rows up as the text before the cursor fills at the new width. */
static inline void kamaki_redraw_resized(EditLine *el) {
    el_resize(el);
    struct winsize size;
    int columns = ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 80;
    const LineInfoW *line = el_wline(el);
    int offset = kamaki_prompt_columns;
    if (line != NULL) {
        for (const wchar_t *c = line->buffer; c < line->cursor; c++) {
            int width = wcwidth(*c);
            offset += width < 0 ? 2 : width;
        }
    }
    int rows = offset / columns;
    char move[32];
    if (rows > 0) snprintf(move, sizeof move, "\r\033[%dA\033[J", rows);
    else snprintf(move, sizeof move, "\r\033[J");
    fputs(move, stdout);
    fflush(stdout);
    el_set(el, EL_REFRESH);
}

/* After fg: the editor's terminal mode again (libedit still thinks it has it), then the line. */
static inline void kamaki_redraw_continued(EditLine *el) {
    el_set(el, EL_PREP_TERM, 0);
    el_set(el, EL_PREP_TERM, 1);
    el_set(el, EL_REFRESH);
}

/* libedit's read function (EL_GETCFN): one character from standard input, as libedit's own reads
 * it (a multibyte character byte by byte), redrawing after a resize or fg meanwhile. Returns 1,
 * 0 at the end of input, or -1 (errno EINTR for a signal that ends the line, as Ctrl-C). */
static int kamaki_el_read_char(EditLine *el, wchar_t *character) {
    if (!kamaki_own_handlers) {
        kamaki_own_handlers = 1;
        kamaki_take_job_signals();
    }
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    *character = L'\0';
    for (;;) {
        if (kamaki_continued) {
            kamaki_continued = 0;
            kamaki_resized = 0;
            kamaki_redraw_continued(el);
        }
        if (kamaki_resized) {
            kamaki_resized = 0;
            kamaki_redraw_resized(el);
        }
        struct pollfd ready[2] = {{STDIN_FILENO, POLLIN, 0}, {kamaki_wakeup[0], POLLIN, 0}};
        if (poll(ready, 2, -1) < 0) {
            if (errno == EINTR && (kamaki_resized || kamaki_continued)) continue;
            return -1;
        }
        if (ready[1].revents & POLLIN) {
            char drained[64];
            while (read(kamaki_wakeup[0], drained, sizeof drained) > 0) {}
            continue;
        }
        if (!(ready[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        ssize_t got = read(STDIN_FILENO, bytes + count, 1);
        if (got < 0) {
            if (errno == EINTR && (kamaki_resized || kamaki_continued)) continue;
            if (errno == EAGAIN) continue;
            return -1;
        }
        if (got == 0) return 0;
        count++;
        for (;;) {
            mbstate_t state;
            memset(&state, 0, sizeof state);
            size_t decoded = mbrtowc(character, bytes, count, &state);
            if (decoded == (size_t)-2) {
                if (count >= MB_LEN_MAX) {
                    errno = EILSEQ;
                    *character = L'\0';
                    return -1;
                }
                break; /* read the next byte */
            }
            if (decoded == (size_t)-1) {
                /* An invalid sequence: keep its last byte only, which may start a character. */
                if (count > 1) {
                    bytes[0] = bytes[count - 1];
                    count = 1;
                    continue;
                }
                count = 0;
                break;
            }
            return 1;
        }
    }
}

/* Makes libedit read through kamaki_el_read_char; 0 on success. */
static inline int kamaki_el_use_own_reader(EditLine *el) {
    if (kamaki_wakeup[0] < 0) {
        if (pipe(kamaki_wakeup) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(kamaki_wakeup[i], F_SETFL, fcntl(kamaki_wakeup[i], F_GETFL) | O_NONBLOCK);
            fcntl(kamaki_wakeup[i], F_SETFD, FD_CLOEXEC);
        }
    }
    return el_set(el, EL_GETCFN, kamaki_el_read_char);
}

/* Before each line: the prompt's width (for redraws), the terminal's mode before the editor's
 * (for Ctrl-Z), and nothing left over from signals between lines. */
static inline void kamaki_el_line_starts(const char *prompt, char marker) {
    kamaki_prompt_columns = kamaki_text_columns(prompt, marker);
    if (kamaki_cooked == NULL) kamaki_cooked = calloc(1, sizeof *kamaki_cooked);
    kamaki_cooked_known = kamaki_cooked != NULL && tcgetattr(STDIN_FILENO, kamaki_cooked) == 0;
    kamaki_own_handlers = 0;
    kamaki_resized = 0;
    kamaki_continued = 0;
    char drained[64];
    while (kamaki_wakeup[0] >= 0 && read(kamaki_wakeup[0], drained, sizeof drained) > 0) {}
}

#endif
