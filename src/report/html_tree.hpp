// A thin layer over libxml2's HTML tree for the audit report: elements, attributes and text
// nodes only. Text and attribute values are stored as data and escaped by the serialiser, so
// nothing from an article can become markup.
#pragma once

#include <libxml/HTMLtree.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace quotecheck::html {

using Node = xmlNodePtr;
using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

class Document {
  public:
    Document();  // <!DOCTYPE html><html lang="en">
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    Node root() const { return root_; }
    std::string serialise() const;
    // One element of this document and what it holds, as serialise() writes it in place.
    std::string serialise(Node node) const;

  private:
    htmlDocPtr doc_;
    Node root_;
};

Node element(Node parent, std::string_view name, Attributes attributes = {});
// An element holding one text node: element(parent, "td", {}, "Putin").
Node element(Node parent, std::string_view name, Attributes attributes, std::string_view text);
void set_attribute(Node node, std::string_view name, std::string_view value);
void add_class(Node node, std::string_view name);
void add_text(Node parent, std::string_view text);

// Text as libxml2 and browsers accept it: invalid UTF-8 and control characters other than tab,
// LF and CR become U+FFFD.
std::string clean_text(std::string_view text);

}  // namespace quotecheck::html
