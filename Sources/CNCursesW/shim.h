#ifndef COMMUNIQUE_CNCURSESW_SHIM_H
#define COMMUNIQUE_CNCURSESW_SHIM_H

// The wide-character API (cchar_t, wget_wch, setcchar) is declared only when these are set
// before curses.h; SwiftPM drops pkg-config's -D flags, so the module sets them itself.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <termios.h>
#include <ncursesw/curses.h>

// Globals and function-like macros that Swift 6 cannot import or rejects as shared state.
static inline WINDOW *cq_stdscr(void)        { return stdscr; }
static inline int cq_lines(void)             { return LINES; }
static inline int cq_cols(void)              { return COLS; }
static inline int cq_colors(void)            { return COLORS; }
static inline int cq_color_pairs(void)       { return COLOR_PAIRS; }
static inline int cq_key_f(int n)            { return KEY_F(n); }

static inline attr_t cq_a_normal(void)       { return A_NORMAL; }
static inline attr_t cq_a_bold(void)         { return A_BOLD; }
static inline attr_t cq_a_reverse(void)      { return A_REVERSE; }
static inline attr_t cq_a_underline(void)    { return A_UNDERLINE; }
static inline attr_t cq_a_dim(void)          { return A_DIM; }
static inline attr_t cq_a_italic(void)       { return A_ITALIC; }

static inline mmask_t cq_mouse_events(void) {
    return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t cq_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t cq_wheel_up(void)        { return BUTTON4_PRESSED; }
static inline mmask_t cq_wheel_down(void)      { return BUTTON5_PRESSED; }

#endif
