// Shim for ncursesw: turns on the wide-character API and exposes, as functions
// and constants, the macros and globals that Swift cannot import.
#ifndef PARLEY_CNCURSESW_SHIM_H
#define PARLEY_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <unistd.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

int wcwidth(wchar_t c);
char *tigetstr(const char *name);

/// Whether the terminal's description has the named string capability (such as "Ms", the
/// clipboard-setting sequence that terminals which allow OSC 52 declare).
static inline int cnc_has_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value != NULL && value != (char *)-1;
}

static const attr_t CNC_A_NORMAL = A_NORMAL;
static const attr_t CNC_A_BOLD = A_BOLD;
static const attr_t CNC_A_DIM = A_DIM;
static const attr_t CNC_A_UNDERLINE = A_UNDERLINE;
static const attr_t CNC_A_REVERSE = A_REVERSE;
static const attr_t CNC_A_ITALIC = A_ITALIC;

static const int CNC_KEY_RESIZE = KEY_RESIZE;
static const int CNC_KEY_UP = KEY_UP;
static const int CNC_KEY_DOWN = KEY_DOWN;
static const int CNC_KEY_LEFT = KEY_LEFT;
static const int CNC_KEY_RIGHT = KEY_RIGHT;
static const int CNC_KEY_HOME = KEY_HOME;
static const int CNC_KEY_END = KEY_END;
static const int CNC_KEY_NPAGE = KEY_NPAGE;
static const int CNC_KEY_PPAGE = KEY_PPAGE;
static const int CNC_KEY_BACKSPACE = KEY_BACKSPACE;
static const int CNC_KEY_ENTER = KEY_ENTER;
static const int CNC_KEY_BTAB = KEY_BTAB;
static const int CNC_KEY_DC = KEY_DC;
static const int CNC_KEY_IC = KEY_IC;
static const int CNC_KEY_F0 = KEY_F0;
static const int CNC_OK = OK;
static const int CNC_ERR = ERR;

static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline int cnc_maxy(WINDOW *w) { return getmaxy(w); }
static inline int cnc_maxx(WINDOW *w) { return getmaxx(w); }
static inline int cnc_key_f(int n) { return KEY_F(n); }
static inline void cnc_setlocale_from_environment(void) { setlocale(LC_ALL, ""); }

#endif
