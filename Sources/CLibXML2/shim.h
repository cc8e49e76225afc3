// Shim for libxml2: the headers Parley's `Markup` module uses, the option flags as constants,
// and helpers that keep libxml2 quiet (no output on the terminal) and off the network and
// the file system (no external entities, no DTD loading).
#ifndef PARLEY_CLIBXML2_SHIM_H
#define PARLEY_CLIBXML2_SHIM_H

#include <stddef.h>
#include <libxml/xmlversion.h>
// libxml2's headers would include ICU's, which clash with the copy Foundation imports. Nothing
// here touches the ICU fields of an encoding handler (only pointers to handlers are passed
// around), so the headers are read as for a build without ICU.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

/// The HTML parser's options: recover from anything, never touch the network, report nothing.
static const int CLibXML2_htmlOptions =
    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NODEFDTD;

/// The XML parser's options: no network, no DTD loading, no entity substitution, no huge
/// documents (libxml2's entity amplification limits stay on), nothing reported.
static const int CLibXML2_xmlOptions =
    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;

static const int CLibXML2_recover = XML_PARSE_RECOVER;
static const int CLibXML2_ignoreEncoding = XML_PARSE_IGNORE_ENC;

static void CLibXML2_ignoreGeneric(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void CLibXML2_ignoreStructured(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

/// Refuses every external entity, DTD and XInclude: a document never makes libxml2 read a file.
static xmlParserInputPtr CLibXML2_refuseExternal(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)url;
    (void)id;
    (void)context;
    return NULL;
}

/// Silences libxml2's error output on the calling thread (its handlers are per thread) and
/// refuses external resources. Cheap; called before every parse.
static inline void CLibXML2_prepareThread(void) {
    xmlSetGenericErrorFunc(NULL, CLibXML2_ignoreGeneric);
    xmlSetStructuredErrorFunc(NULL, CLibXML2_ignoreStructured);
    xmlSetExternalEntityLoader(CLibXML2_refuseExternal);
}

/// The parser context's outcome, read through functions (the struct's fields are many).
static inline int CLibXML2_wellFormed(xmlParserCtxtPtr context) { return context->wellFormed; }
static inline int CLibXML2_errorNumber(xmlParserCtxtPtr context) { return context->errNo; }
static inline const char *CLibXML2_errorMessage(xmlParserCtxtPtr context) {
    return context->lastError.message;
}

#endif
