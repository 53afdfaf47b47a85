#ifndef COMMUNIQUE_CMARK_SHIM_H
#define COMMUNIQUE_CMARK_SHIM_H

// Debian's libcmark (the CommonMark reference parser), read as a tree of nodes.
#include <cmark.h>

#endif
