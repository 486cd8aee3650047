#ifndef HOTSEAT_READLINE_SHIM_H
#define HOTSEAT_READLINE_SHIM_H
// stdio.h first: readline.h uses FILE without including it.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
#endif
