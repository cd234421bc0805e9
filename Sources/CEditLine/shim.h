/*
 * Fixed-arity wrappers around libedit's native (histedit.h) API.
 *
 * Swift cannot call C variadic functions (el_set, el_get, history) and, in Swift 6 mode,
 * cannot name the mutable C globals stdin/stdout/stderr. These static inline wrappers
 * make exactly the calls kamaki's shell needs callable from Swift.
 */
#ifndef KAMAKI_CEDITLINE_SHIM_H
#define KAMAKI_CEDITLINE_SHIM_H

#include <histedit.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "resize.h"

/* ---- locale ---------------------------------------------------------------------------- */

/* Adopts the user's character type locale; when its codeset is not UTF-8 (LANG=C, unset),
 * switches LC_CTYPE to C.UTF-8 so libedit decodes multibyte input instead of dropping it.
 * Returns 1 when the user's locale is UTF-8, 2 after the fallback, 0 when neither worked. */
static inline int kamaki_ensure_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0)) {
        return 1;
    }
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL || setlocale(LC_CTYPE, "C.utf8") != NULL) {
        return 2;
    }
    return 0;
}

/* ---- standard streams ------------------------------------------------------------------ */

static inline void kamaki_write_stdout(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

/* ---- editor ------------------------------------------------------------------------------ */

static inline EditLine *kamaki_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int kamaki_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int kamaki_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/* Puts the terminal in the editor's mode now, before el_gets draws the prompt: libedit would
 * otherwise draw it in cooked mode and switch only when it first reads, and a key typed in that
 * gap (Ctrl-D, Ctrl-C) is taken by the terminal's line discipline instead of the editor. */
static inline int kamaki_el_prepare_terminal(EditLine *el, int on) {
    return el_set(el, EL_PREP_TERM, on);
}

/* The prompt callback with a marker character: text between two markers is printed as it is and
 * takes no columns (the escape sequences of the prompt's colours). With EL_PROMPT libedit counts
 * every byte of an escape sequence as a column, so the cursor, and every redraw of the line after an
 * edit, would land that many columns to the right of where the text really is. */
static inline int kamaki_el_set_prompt_esc(EditLine *el, char marker, char *(*prompt)(EditLine *)) {
    return el_set(el, EL_PROMPT_ESC, prompt, (int)marker);
}

static inline int kamaki_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int kamaki_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *kamaki_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int kamaki_el_addfn(EditLine *el, const char *name, const char *help,
                                  unsigned char (*function)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, function);
}

static inline int kamaki_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

/* The edit line's bytes before the cursor, and their count. */
static inline const char *kamaki_el_line_before_cursor(EditLine *el, int *length) {
    const LineInfo *info = el_line(el);
    if (info == NULL) {
        *length = 0;
        return "";
    }
    *length = (int)(info->cursor - info->buffer);
    return info->buffer;
}

/* The whole edit line's bytes, their count, and the cursor's byte offset (Alt-. compares the
 * line with the one it left, to know whether it is pressed again at once). */
static inline const char *kamaki_el_line_all(EditLine *el, int *length, int *cursor) {
    const LineInfo *info = el_line(el);
    if (info == NULL) {
        *length = 0;
        *cursor = 0;
        return "";
    }
    *length = (int)(info->lastchar - info->buffer);
    *cursor = (int)(info->cursor - info->buffer);
    return info->buffer;
}

/* ---- history ----------------------------------------------------------------------------- */

static inline History *kamaki_history_init(int size) {
    HistEvent event;
    History *h = history_init();
    if (h == NULL) return NULL;
    history(h, &event, H_SETSIZE, size);
    history(h, &event, H_SETUNIQUE, 1);
    return h;
}

static inline int kamaki_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

static inline int kamaki_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}

static inline int kamaki_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}

/* The history entry `back` entries before the newest (0: the newest), or NULL; for Alt-., which
 * walks back through earlier lines. H_FIRST and H_NEXT move the history's cursor, which libedit
 * sets again from its own event number before it uses it (hist_get). */
static inline const char *kamaki_history_entry(History *h, int back) {
    HistEvent event;
    if (history(h, &event, H_FIRST) < 0) return NULL;
    for (int i = 0; i < back; i++) {
        if (history(h, &event, H_NEXT) < 0) return NULL;
    }
    return event.str;
}

/* Appends one line to the history file (created 0600), in libedit's format, writing the
 * header only into an empty file. A one-entry History is saved so exactly one line is
 * written (H_NSAVE_FP writes n+1 entries in this libedit). */
static inline int kamaki_history_append_line(const char *path, const char *line) {
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0600);
    if (fd < 0) return -1;
    FILE *file = fdopen(fd, "a");
    if (file == NULL) {
        close(fd);
        return -1;
    }
    fseek(file, 0, SEEK_END); /* so libedit's ftell() sees the end, not 0 */
    HistEvent event;
    int result = -1;
    History *one = history_init();
    if (one != NULL) {
        history(one, &event, H_SETSIZE, 1);
        history(one, &event, H_ENTER, line);
        result = history(one, &event, H_SAVE_FP, file);
        history_end(one);
    }
    fclose(file);
    return result;
}

#endif
