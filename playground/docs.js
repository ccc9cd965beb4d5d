// The documentation explorer: browse the schema from its root types, follow type links, read descriptions,
// arguments and deprecations, and search types and fields by name.

import { namedTypeName, typeRefToString } from "./schema.js";

const maxSearchResults = 60;

/** Renders the schema into the docs panel and keeps a back stack of visited pages. */
export class DocsExplorer {
  constructor({ content, title, backButton, searchInput }) {
    this.content = content;
    this.title = title;
    this.backButton = backButton;
    this.searchInput = searchInput;
    this.schema = null;
    this.history = [];
    backButton.addEventListener("click", () => this.back());
    searchInput.addEventListener("input", () => this.render());
  }

  setSchema(schema) {
    this.schema = schema;
    this.history = [{ kind: "root" }];
    this.render();
  }

  setMessage(text) {
    this.schema = null;
    this.title.textContent = "Documentation";
    this.content.replaceChildren(paragraph(text, "docs-message"));
  }

  navigate(page) {
    this.history.push(page);
    this.searchInput.value = "";
    this.render();
    this.content.scrollTop = 0;
    this.title.focus();
  }

  back() {
    if (this.history.length > 1) this.history.pop();
    this.render();
    this.title.focus();
  }

  render() {
    if (!this.schema) return;
    const term = this.searchInput.value.trim();
    const page = this.history[this.history.length - 1];
    this.backButton.hidden = this.history.length <= 1 || term !== "";
    if (term) this.renderSearch(term);
    else if (page.kind === "type") this.renderType(this.schema.type(page.name));
    else if (page.kind === "field") this.renderField(page.typeName, this.schema.field(page.typeName, page.fieldName));
    else this.renderRoot();
  }

  renderRoot() {
    const schema = this.schema;
    this.title.textContent = "Documentation";
    const nodes = [];
    if (schema.description) nodes.push(description(schema.description));
    const roots = [["query", schema.queryTypeName], ["mutation", schema.mutationTypeName], ["subscription", schema.subscriptionTypeName]].filter(([, name]) => name);
    nodes.push(section("Root types", list(roots.map(([operation, name]) => [text(`${operation}: `), this.typeLink(name)]))));
    if (schema.queryTypeName) nodes.push(section(`${schema.queryTypeName} fields`, this.fieldList(schema.queryTypeName), "docs-query-fields"));
    const types = [...schema.types.values()].filter((type) => !type.name.startsWith("__")).sort((a, b) => a.name.localeCompare(b.name));
    nodes.push(section("All types", list(types.map((type) => [this.typeLink(type.name), kindBadge(type.kind)]))));
    this.content.replaceChildren(...nodes);
  }

  renderType(type) {
    if (!type) return this.renderRoot();
    this.title.textContent = type.name;
    const nodes = [kindBadge(type.kind)];
    if (type.isOneOf) nodes.push(badge("@oneOf"));
    if (type.description) nodes.push(description(type.description));
    if (type.specifiedByURL) nodes.push(paragraph(`Specified by ${type.specifiedByURL}`, "docs-note"));
    if (type.interfaces?.length) nodes.push(section("Implements", list(type.interfaces.map((ref) => [this.typeLink(ref.name)]))));
    if (type.fields) nodes.push(section("Fields", this.fieldList(type.name)));
    if (type.inputFields) nodes.push(section("Input fields", list(type.inputFields.map((field) => this.inputValueLine(field)))));
    if (type.enumValues) {
      nodes.push(section("Values", list(type.enumValues.map((value) => [code(value.name, "docs-enum-value"), ...deprecation(value), ...optionalDescription(value.description)]))));
    }
    if (type.possibleTypes?.length) {
      const heading = type.kind === "UNION" ? "Possible types" : "Implementations";
      nodes.push(section(heading, list(type.possibleTypes.map((ref) => [this.typeLink(ref.name)]))));
    }
    this.content.replaceChildren(...nodes);
  }

  renderField(typeName, field) {
    if (!field) return this.renderRoot();
    this.title.textContent = field.name;
    const nodes = [paragraph(`Field of ${typeName}`, "docs-note")];
    nodes.push(line([text("Type: "), this.typeRefLink(field.type)]));
    nodes.push(...deprecation(field));
    if (field.description) nodes.push(description(field.description));
    if (field.args?.length) nodes.push(section("Arguments", list(field.args.map((argument) => this.inputValueLine(argument)))));
    this.content.replaceChildren(...nodes);
  }

  /** Search results: matching types first, then `Type.field` matches, introspection types only when asked. */
  renderSearch(term) {
    this.title.textContent = `Search “${term}”`;
    const needle = term.toLowerCase();
    const includeMeta = needle.startsWith("__");
    const types = [...this.schema.types.values()].filter((type) => includeMeta || !type.name.startsWith("__"));
    const results = [];
    for (const type of types) {
      if (type.name.toLowerCase().includes(needle)) results.push([this.typeLink(type.name), kindBadge(type.kind)]);
    }
    for (const type of types) {
      for (const field of [...(type.fields ?? []), ...(type.inputFields ?? [])]) {
        if (!field.name.toLowerCase().includes(needle)) continue;
        const target = type.fields?.includes(field) ? this.fieldLink(type.name, field.name, `${type.name}.${field.name}`) : this.typeLink(type.name, `${type.name}.${field.name}`);
        results.push([target, text(": "), this.typeRefLink(field.type)]);
      }
    }
    if (results.length === 0) {
      this.content.replaceChildren(paragraph("No types or fields match.", "docs-message"));
      return;
    }
    const shown = results.slice(0, maxSearchResults);
    const nodes = [list(shown)];
    if (results.length > shown.length) nodes.push(paragraph(`${results.length - shown.length} more; refine the search.`, "docs-note"));
    this.content.replaceChildren(...nodes);
  }

  /** `name(arg: Type): Type` lines with a description and deprecation for each field of a type. */
  fieldList(typeName) {
    const fields = this.schema.type(typeName)?.fields ?? [];
    return list(
      fields.map((field) => {
        const parts = [this.fieldLink(typeName, field.name, field.name)];
        if (field.args?.length) {
          parts.push(text("("));
          field.args.forEach((argument, index) => {
            parts.push(code(argument.name, "docs-argument"), text(": "), this.typeRefLink(argument.type));
            if (index < field.args.length - 1) parts.push(text(", "));
          });
          parts.push(text(")"));
        }
        parts.push(text(": "), this.typeRefLink(field.type), ...deprecation(field), ...optionalDescription(field.description));
        return parts;
      }),
    );
  }

  inputValueLine(value) {
    const parts = [code(value.name, "docs-argument"), text(": "), this.typeRefLink(value.type)];
    if (value.defaultValue != null) parts.push(text(" = "), code(value.defaultValue, "docs-default"));
    return [...parts, ...deprecation(value), ...optionalDescription(value.description)];
  }

  /** A type reference with its wrappers printed around a link to the named type: `[` Review `!]!`. */
  typeRefLink(typeRef) {
    const printed = typeRefToString(typeRef);
    const name = namedTypeName(typeRef);
    const at = printed.indexOf(name);
    const wrapper = document.createElement("span");
    wrapper.className = "docs-type-ref";
    wrapper.append(text(printed.slice(0, at)), this.typeLink(name), text(printed.slice(at + name.length)));
    return wrapper;
  }

  typeLink(name, label = name) {
    return linkButton(label, "docs-type-link", `Open type ${name}`, () => this.navigate({ kind: "type", name }));
  }

  fieldLink(typeName, fieldName, label) {
    return linkButton(label, "docs-field-link", `Open field ${typeName}.${fieldName}`, () => this.navigate({ kind: "field", typeName, fieldName }));
  }
}

function linkButton(label, className, accessibleName, onClick) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = `link-button ${className}`;
  button.textContent = label;
  if (accessibleName !== label) button.title = accessibleName;
  button.addEventListener("click", onClick);
  return button;
}

function text(value) {
  return document.createTextNode(value);
}

function code(value, className) {
  const element = document.createElement("code");
  element.className = className;
  element.textContent = value;
  return element;
}

function paragraph(value, className) {
  const element = document.createElement("p");
  element.className = className;
  element.textContent = value;
  return element;
}

function line(children) {
  const element = document.createElement("p");
  element.append(...children);
  return element;
}

function badge(value, className = "badge") {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = value;
  return element;
}

function kindBadge(kind) {
  return badge(kind.toLowerCase().replace("_", " "), "badge badge-kind");
}

/**
 * A description as paragraphs (blank lines separate them; single line breaks in SDL block strings are just
 * wrapping) with `inline code` shown as code; the text is never parsed as HTML.
 */
function description(value) {
  const element = document.createElement("div");
  element.className = "docs-description";
  for (const paragraphText of value.split(/\n\s*\n/)) {
    const paragraphElement = document.createElement("p");
    paragraphText.replace(/\s*\n\s*/g, " ").split(/(`[^`]+`)/).forEach((part) => {
      const isCode = part.length > 1 && part.startsWith("`") && part.endsWith("`");
      paragraphElement.append(isCode ? code(part.slice(1, -1), "docs-inline-code") : text(part));
    });
    element.append(paragraphElement);
  }
  return element;
}

function optionalDescription(value) {
  return value ? [description(value)] : [];
}

function deprecation(item) {
  if (!item.isDeprecated) return [];
  const reason = item.deprecationReason ? `Deprecated: ${item.deprecationReason}` : "Deprecated";
  return [badge(reason, "badge badge-deprecated")];
}

function section(heading, body, id) {
  const element = document.createElement("section");
  element.className = "docs-section";
  if (id) element.id = id;
  const title = document.createElement("h3");
  title.textContent = heading;
  element.append(title, body);
  return element;
}

function list(rows) {
  const element = document.createElement("ul");
  element.className = "docs-list";
  for (const children of rows) {
    const item = document.createElement("li");
    item.append(...children);
    element.append(item);
  }
  return element;
}
