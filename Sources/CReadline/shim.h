#ifndef HOTSEAT_READLINE_SHIM_H
#define HOTSEAT_READLINE_SHIM_H
// stdio.h first: readline.h uses FILE without including it.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// All of readline's global state, and ours, stays on this side: Swift only calls the
// hs_* functions below, so Swift 6 strict concurrency never sees a mutable global.
// Only the `hotseat` executable imports this module, so the statics exist once.

/// What hs_readline_read reports.
enum hs_read_status {
    HS_READ_LINE = 0,               // *out holds the line (free it with hs_free)
    HS_READ_EOF = 1,                // Ctrl-D on an empty line, or stdin closed
    HS_READ_INTERRUPTED_EMPTY = 2,  // Ctrl-C with nothing typed
    HS_READ_INTERRUPTED_TEXT = 3,   // Ctrl-C cleared a non-empty line
    HS_READ_TICK = 4,               // the tick elapsed; the line is still being edited: update the prompt, call again
    HS_READ_ERROR = 5               // poll failed; errno says why
};

static volatile sig_atomic_t hs_sigint_seen = 0;
static volatile sig_atomic_t hs_sigwinch_seen = 0;
static volatile sig_atomic_t hs_terminal_saved = 0;
// On the heap: Swift's Clang importer does not emit static variables of struct type.
static struct termios *hs_saved_termios = NULL;
static int hs_handler_installed = 0;
static int hs_line_done = 0;
static char *hs_line = NULL;
static char *hs_app_name = NULL;
static char **hs_words = NULL;
static int hs_word_count = 0;
static int hs_word_capacity = 0;

static void hs_on_sigint(int sig) { (void)sig; hs_sigint_seen = 1; }
static void hs_on_sigwinch(int sig) { (void)sig; hs_sigwinch_seen = 1; }

// SIGTERM / SIGHUP: put the terminal back as we found it (tcsetattr is async-signal-safe),
// then die of the same signal so the parent sees the right status.
static void hs_on_fatal_signal(int sig) {
    if (hs_terminal_saved) tcsetattr(STDIN_FILENO, TCSANOW, hs_saved_termios);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void hs_line_handler(char *line) {
    hs_line = line;
    hs_line_done = 1;
    // Removing the handler here stops readline from printing the prompt again, and deprep's the terminal.
    rl_callback_handler_remove();
    hs_handler_installed = 0;
}

static char *hs_completion_generator(const char *text, int state) {
    static int index;
    static size_t length;
    if (!state) { index = 0; length = strlen(text); }
    while (index < hs_word_count) {
        const char *word = hs_words[index++];
        if (strncmp(word, text, length) == 0) return strdup(word);
    }
    return NULL;
}

static char **hs_completion(const char *text, int start, int end) {
    (void)start; (void)end;
    rl_attempted_completion_over = 1;   // no filename completion: replies are not paths
    return rl_completion_matches(text, hs_completion_generator);
}

/// Clears stdin's end-of-file flag after a Ctrl-D on a half-typed line, so reading goes on
/// (glibc keeps the flag, and every later read would report the end of the input).
static inline void hs_clear_stdin_eof(void) { clearerr(stdin); }

/// Restores the terminal on every exit path: safe to call more than once.
static inline void hs_readline_restore(void) {
    if (hs_handler_installed) {
        rl_callback_handler_remove();
        hs_handler_installed = 0;
    }
    rl_deprep_terminal();
    if (hs_terminal_saved) tcsetattr(STDIN_FILENO, TCSANOW, hs_saved_termios);
}

/// Call once before reading. `app_name` selects the `$if` section of ~/.inputrc.
static inline void hs_readline_init(const char *app_name) {
    free(hs_app_name);
    hs_app_name = strdup(app_name);
    rl_readline_name = hs_app_name;
    rl_catch_signals = 0;        // we handle SIGINT ourselves, outside readline
    rl_catch_sigwinch = 0;
    rl_change_environment = 0;   // leave LINES / COLUMNS alone
    rl_attempted_completion_function = hs_completion;
    rl_completer_word_break_characters = " \t\n";
    if (!hs_saved_termios) hs_saved_termios = (struct termios *)calloc(1, sizeof(struct termios));
    if (hs_saved_termios && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, hs_saved_termios) == 0) hs_terminal_saved = 1;

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = hs_on_sigint;   // no SA_RESTART: poll() must wake with EINTR
    sigaction(SIGINT, &action, NULL);
    action.sa_handler = hs_on_sigwinch;
    sigaction(SIGWINCH, &action, NULL);
    action.sa_handler = hs_on_fatal_signal;
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    // A parent may have left these blocked (threaded launchers often do); then Ctrl-C and
    // SIGTERM would never reach us.
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigaddset(&handled, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
    atexit(hs_readline_restore);
}

static inline void hs_completion_clear(void) {
    for (int i = 0; i < hs_word_count; i++) free(hs_words[i]);
    hs_word_count = 0;
}

/// Adds a word for tab completion; the text is copied.
static inline void hs_completion_add(const char *word) {
    if (hs_word_count == hs_word_capacity) {
        int capacity = hs_word_capacity ? hs_word_capacity * 2 : 32;
        char **grown = (char **)realloc(hs_words, sizeof(char *) * (size_t)capacity);
        if (!grown) return;
        hs_words = grown;
        hs_word_capacity = capacity;
    }
    char *copy = strdup(word);
    if (copy) hs_words[hs_word_count++] = copy;
}

/// Replaces the prompt of the line being edited (a countdown, for instance) and redraws it.
static inline void hs_readline_set_prompt(const char *prompt) {
    rl_set_prompt(prompt);
    if (hs_handler_installed) rl_redisplay();
}

/// Reads one line with the callback interface.
///
/// `tick_ms` > 0 returns HS_READ_TICK after that long without a finished line; the edit stays
/// open, and the next call with the same or a new prompt carries on. Ctrl-C clears the line and
/// returns one of the INTERRUPTED statuses with the terminal restored; one pressed before the
/// call returns INTERRUPTED_EMPTY at once.
static inline int hs_readline_read(const char *prompt, int tick_ms, char **out) {
    *out = NULL;
    if (!hs_handler_installed) {
        hs_line_done = 0;
        hs_line = NULL;
        // A Ctrl-C pressed while the app was busy (scoring, printing the customer's line) is kept:
        // the terminal echoed it, and the user meant it for the prompt that comes next.
        rl_callback_handler_install(prompt, hs_line_handler);
        hs_handler_installed = 1;
    } else if (prompt && rl_prompt && strcmp(prompt, rl_prompt) != 0) {
        hs_readline_set_prompt(prompt);
    }
    for (;;) {
        if (hs_sigint_seen) {
            hs_sigint_seen = 0;
            int had_text = rl_end > 0;
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_replace_line("", 0);
            rl_point = rl_end = 0;
            rl_redisplay();
            rl_crlf();
            rl_on_new_line();
            rl_callback_handler_remove();
            hs_handler_installed = 0;
            return had_text ? HS_READ_INTERRUPTED_TEXT : HS_READ_INTERRUPTED_EMPTY;
        }
        if (hs_sigwinch_seen) {
            hs_sigwinch_seen = 0;
            rl_resize_terminal();
        }
        struct pollfd descriptor = { .fd = fileno(rl_instream ? rl_instream : stdin), .events = POLLIN, .revents = 0 };
        int ready = poll(&descriptor, 1, tick_ms > 0 ? tick_ms : -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            int saved = errno;
            hs_readline_restore();
            errno = saved;
            return HS_READ_ERROR;
        }
        if (ready == 0) return HS_READ_TICK;
        rl_callback_read_char();
        if (hs_line_done) {
            hs_line_done = 0;
            if (!hs_line) return HS_READ_EOF;
            *out = hs_line;
            hs_line = NULL;
            return HS_READ_LINE;
        }
    }
}

static inline void hs_free(char *pointer) { free(pointer); }

static inline void hs_history_add(const char *line) { add_history(line); }
/// 0 on success, otherwise an errno value.
static inline int hs_history_read(const char *path) { return read_history(path); }
static inline int hs_history_write(const char *path) { return write_history(path); }
static inline void hs_history_stifle(int max) { stifle_history(max); }
static inline int hs_history_length(void) { return history_length; }

// Three history lists, one in use at a time: the replies (saved to the history file), the
// scenario chooser's earlier choices, and none at all while a question (quit? resume? your
// name?) is asked. Up at one prompt never offers what was typed at another. A list not in use
// is parked, not copied, and put back as it was.
enum hs_history_list { HS_HISTORY_REPLIES = 0, HS_HISTORY_CHOICES = 1, HS_HISTORY_NONE = 2 };
static HISTORY_STATE *hs_parked_history[3] = { NULL, NULL, NULL };
static int hs_history_in_use = HS_HISTORY_REPLIES;
static inline void hs_history_use(int list) {
    if (list < 0 || list > 2 || list == hs_history_in_use) return;
    HISTORY_STATE *current = history_get_history_state();
    if (!current) return;
    int flags = current->flags;
    hs_parked_history[hs_history_in_use] = current;
    if (hs_parked_history[list]) {
        history_set_history_state(hs_parked_history[list]);
        free(hs_parked_history[list]);
        hs_parked_history[list] = NULL;
    } else {
        HISTORY_STATE empty;
        memset(&empty, 0, sizeof empty);
        empty.flags = flags;
        history_set_history_state(&empty);
    }
    hs_history_in_use = list;
}

#endif
