#include "report/html_tree.hpp"

#include <new>

#include "core/utf8.hpp"

namespace quotecheck::html {

namespace {

const xmlChar* chars(const std::string& text) {
    return reinterpret_cast<const xmlChar*>(text.c_str());
}

}  // namespace

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (uint32_t i = 0; i < text.size();) {
        char32_t c = next_code_point(text, i);
        const bool control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F ||
                             (c >= 0xFFFE && c <= 0xFFFF) || (c >= 0xD800 && c <= 0xDFFF);
        if (control) c = 0xFFFD;
        append_utf8(out, c);
    }
    return out;
}

Document::Document() {
    doc_ = htmlNewDocNoDtD(nullptr, nullptr);
    // An HTML5 doctype: standards mode, not the quirks mode libxml2's HTML 4 default would give.
    xmlCreateIntSubset(doc_, reinterpret_cast<const xmlChar*>("html"), nullptr, nullptr);
    root_ = xmlNewDocNode(doc_, nullptr, reinterpret_cast<const xmlChar*>("html"), nullptr);
    xmlDocSetRootElement(doc_, root_);
    set_attribute(root_, "lang", "en");
}

Document::~Document() {
    xmlFreeDoc(doc_);
}

std::string Document::serialise() const {
    xmlChar* memory = nullptr;
    int size = 0;
    htmlDocDumpMemoryFormat(doc_, &memory, &size, 1);
    if (!memory) throw std::bad_alloc();
    std::string out(reinterpret_cast<const char*>(memory), static_cast<size_t>(size));
    xmlFree(memory);
    return out;
}

std::string Document::serialise(Node node) const {
    // The encoder htmlDocDumpMemoryFormat picks for a page without an HTML 4 Content-Type
    // meta: characters outside ASCII become character references, as in the rest of the page.
    xmlOutputBufferPtr buffer = xmlAllocOutputBuffer(xmlFindCharEncodingHandler("HTML"));
    if (!buffer) throw std::bad_alloc();
    htmlNodeDumpFormatOutput(buffer, doc_, node, nullptr, 1);
    xmlOutputBufferFlush(buffer);
    // With an encoder the flushed, converted text is in `conv` (as htmlDocDumpMemoryFormat reads
    // it).
    xmlBufPtr text = buffer->conv ? buffer->conv : buffer->buffer;
    std::string out(reinterpret_cast<const char*>(xmlBufContent(text)), xmlBufUse(text));
    xmlOutputBufferClose(buffer);
    return out;
}

Node element(Node parent, std::string_view name, Attributes attributes) {
    const std::string tag(name);
    Node node = xmlNewDocNode(parent->doc, nullptr, chars(tag), nullptr);
    xmlAddChild(parent, node);
    for (const auto& [key, value] : attributes) set_attribute(node, key, value);
    return node;
}

Node element(Node parent, std::string_view name, Attributes attributes, std::string_view text) {
    Node node = element(parent, name, attributes);
    add_text(node, text);
    return node;
}

void set_attribute(Node node, std::string_view name, std::string_view value) {
    const std::string key(name);
    const std::string clean = clean_text(value);
    xmlSetProp(node, chars(key), chars(clean));
}

void add_class(Node node, std::string_view name) {
    xmlChar* existing = xmlGetProp(node, reinterpret_cast<const xmlChar*>("class"));
    std::string classes;
    if (existing) {
        classes = reinterpret_cast<const char*>(existing);
        xmlFree(existing);
        classes += ' ';
    }
    classes += name;
    set_attribute(node, "class", classes);
}

void add_text(Node parent, std::string_view text) {
    if (text.empty()) return;
    const std::string clean = clean_text(text);
    xmlAddChild(parent,
                xmlNewDocTextLen(parent->doc, chars(clean), static_cast<int>(clean.size())));
}

}  // namespace quotecheck::html
