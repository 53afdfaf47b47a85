#ifndef COMMUNIQUE_CLIBXML2_SHIM_H
#define COMMUNIQUE_CLIBXML2_SHIM_H

#include <stdint.h>
// Debian's libxml2 is built with ICU, and its encoding header then includes ICU's own headers,
// which clash with the copy Foundation carries (a module that imports both fails to build).
// Nothing here uses the ICU fields of an encoding handler, so ICU is left out of the module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// libxml2 prints its errors to stderr unless told otherwise. Its error channel counts them
// instead, on the parser context (in its _private slot, which this project does not otherwise
// use), so the caller can say one line about a page's broken markup. Tags libxml2 does not
// know (HTML5's nav, article, time) are not errors of the page.
static void cq_count_error(void *data, const char *message, ...) {
    (void)message;
    htmlParserCtxtPtr context = (htmlParserCtxtPtr)data;
    if (!context || context->errNo == XML_HTML_UNKNOWN_TAG) return;
    context->_private = (void *)((intptr_t)context->_private + 1);
}

static void cq_ignore_warning(void *data, const char *message, ...) { (void)data; (void)message; }

static inline void cq_count_errors(htmlParserCtxtPtr context) {
    context->_private = (void *)0;
    if (context->sax) {
        context->sax->serror = NULL;
        context->sax->error = cq_count_error;
        context->sax->fatalError = cq_count_error;
        context->sax->warning = cq_ignore_warning;
    }
    context->userData = context;
}

static inline long cq_error_count(htmlParserCtxtPtr context) {
    return (long)(intptr_t)context->_private;
}

// libxml2 halts (and reads no further) when markup nests past its depth limit.
static inline int cq_parsing_stopped(htmlParserCtxtPtr context) {
    return context->disableSAX != 0;
}

// Nothing reaches stderr from the library's generic channel either (its "out of memory"
// and encoding complaints are reported through it).
static void cq_ignore(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void cq_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, cq_ignore);
}

#endif
