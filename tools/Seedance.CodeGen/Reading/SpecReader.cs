using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using Seedance.CodeGen.Diagnostics;
using Seedance.CodeGen.Model;

namespace Seedance.CodeGen.Reading
{
    /// <summary>The outcome of reading one spec: a model (null when an error stops it) and diagnostics.</summary>
    /// <param name="Model">The code model, or null.</param>
    /// <param name="Diagnostics">Everything found, in order.</param>
    public sealed record SpecReadResult(SpecModel? Model, EquatableArray<SpecDiagnostic> Diagnostics)
    {
        /// <summary>True when a diagnostic is an error.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.Severity == SpecSeverity.Error);
    }

    /// <summary>
    /// Reads a spec (YAML text) into a <see cref="SpecModel"/>: YAML → JSON (with a pointer → line map),
    /// Microsoft.OpenApi parse + validation, then the model build. Never throws for a bad spec; every
    /// problem becomes a <see cref="SpecDiagnostic"/>.
    /// </summary>
    public static class SpecReader
    {
        /// <summary>Reads <paramref name="text"/>, which came from <paramref name="path"/>.</summary>
        public static SpecReadResult Read(string path, string text, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<SpecDiagnostic>();
            try
            {
                JsonNode? root;
                PointerMap map;
                try
                {
                    root = YamlJsonConverter.Convert(text, out map);
                }
                catch (YamlConversionException ex)
                {
                    diagnostics.Add(new SpecDiagnostic(DiagnosticIds.YamlSyntax, SpecSeverity.Error, path, "", ex.Position.Line, ex.Position.Column, "YAML error: " + ex.Message));
                    return new SpecReadResult(null, diagnostics.ToEquatableArray());
                }
                if (root is not JsonObject doc)
                {
                    diagnostics.Add(new SpecDiagnostic(DiagnosticIds.YamlSyntax, SpecSeverity.Error, path, "", 1, 1, "the spec is not a YAML mapping (an OpenAPI document is an object)"));
                    return new SpecReadResult(null, diagnostics.ToEquatableArray());
                }
                cancellationToken.ThrowIfCancellationRequested();
                OpenApiValidation.Validate(path, doc, map, diagnostics);
                if (diagnostics.Any(d => d.Severity == SpecSeverity.Error)) return new SpecReadResult(null, diagnostics.ToEquatableArray());
                cancellationToken.ThrowIfCancellationRequested();
                var builder = new ModelBuilder(path, doc, map, diagnostics);
                var model = builder.Build();
                var hasErrors = diagnostics.Any(d => d.Severity == SpecSeverity.Error);
                return new SpecReadResult(hasErrors ? null : model, diagnostics.ToEquatableArray());
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                diagnostics.Add(new SpecDiagnostic(DiagnosticIds.InternalError, SpecSeverity.Error, path, "", 0, 0, $"the generator failed on this spec: {ex.GetType().Name}: {ex.Message}"));
                return new SpecReadResult(null, diagnostics.ToEquatableArray());
            }
        }
    }

    internal sealed partial class ModelBuilder
    {
        private static readonly string[] Methods = { "get", "put", "post", "delete", "patch", "head", "options", "trace" };

        private readonly string _path;
        private readonly JsonObject _doc;
        private readonly PointerMap _map;
        private readonly List<SpecDiagnostic> _diagnostics;

        private readonly Dictionary<string, TypeRef> _componentRefs = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _componentClassNames = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _resolving = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _typeNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<string> _typeOrder = new List<string>();
        private readonly Dictionary<string, TypeModel> _types = new Dictionary<string, TypeModel>(StringComparer.Ordinal);
        private readonly Dictionary<string, (JsonObject Fields, string Pointer)> _errorFieldSpecs = new Dictionary<string, (JsonObject, string)>(StringComparer.Ordinal);
        private readonly HashSet<string> _errorComponents = new HashSet<string>(StringComparer.Ordinal);

        public ModelBuilder(string path, JsonObject doc, PointerMap map, List<SpecDiagnostic> diagnostics)
        {
            _path = path;
            _doc = doc;
            _map = map;
            _diagnostics = diagnostics;
        }

        private void Report(string id, string pointer, string message, SpecSeverity severity = SpecSeverity.Error)
        {
            var pos = _map.Find(pointer);
            _diagnostics.Add(new SpecDiagnostic(id, severity, _path, pointer, pos?.Line ?? 0, pos?.Column ?? 0, message));
        }

        private static string Ptr(string parent, string token) => parent + "/" + YamlJsonConverter.Escape(token);

        private static string? Str(JsonNode? node, string key) =>
            node is JsonObject o && o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

        private static bool Bool(JsonNode? node, string key) =>
            node is JsonObject o && o[key] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

        private static double? Num(JsonNode? node, string key)
        {
            if (node is not JsonObject o || o[key] is not JsonValue v) return null;
            if (v.TryGetValue<double>(out var d)) return d;
            if (v.TryGetValue<long>(out var l)) return l;
            if (v.TryGetValue<decimal>(out var m)) return (double)m;
            return null;
        }

        private static int? Int(JsonNode? node, string key)
        {
            var d = Num(node, key);
            return d is null ? null : d > int.MaxValue ? int.MaxValue : (int?)(int)d.Value;
        }

        // ---------------------------------------------------------------- document

        public SpecModel? Build()
        {
            var stem = FileStem(_path);
            var info = _doc["info"] as JsonObject;
            var ns = Str(info, "x-csharp-namespace") ?? "Seedance.Generated." + Naming.Pascal(stem);
            if (!IsDottedIdentifier(ns))
                Report(DiagnosticIds.Convention, "/info/x-csharp-namespace", $"'{ns}' is not a valid C# namespace");
            var client = Str(info, "x-csharp-client") ?? Naming.Pascal(stem) + "Client";
            if (!IsDottedIdentifier(client) || client.Contains("."))
                Report(DiagnosticIds.Convention, "/info/x-csharp-client", $"'{client}' is not a valid C# class name");
            var baseUrl = (_doc["servers"] as JsonArray)?.FirstOrDefault() is JsonObject server ? Str(server, "url")?.TrimEnd('/') : null;

            ReserveComponentNames(client);
            PreScanErrorComponents();

            // every component schema is generated, used or not
            if (_doc["components"]?["schemas"] is JsonObject schemas)
            {
                foreach (var entry in schemas)
                {
                    Component(entry.Key);
                }
            }

            var operations = ReadOperations();
            FinishErrors(operations);
            ResolveErrorFields();

            var root = BuildTree(operations, ns, client);
            var types = _typeOrder.Select(n => _types[n]).ToEquatableArray();
            return new SpecModel(_path, stem, ns, client, baseUrl, Str(info, "title"), Str(info, "description"), root, types);
        }

        private static string FileStem(string path)
        {
            var name = path.Replace('\\', '/');
            var slash = name.LastIndexOf('/');
            if (slash >= 0) name = name.Substring(slash + 1);
            var dot = name.LastIndexOf('.');
            return dot > 0 ? name.Substring(0, dot) : name;
        }

        private static bool IsDottedIdentifier(string s) =>
            s.Length > 0 && s.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_')));

        private void ReserveComponentNames(string client)
        {
            _typeNames.Add(client);
            if (_doc["components"]?["schemas"] is not JsonObject schemas) return;
            foreach (var entry in schemas)
            {
                var name = Naming.Pascal(entry.Key, "Model");
                if (_typeNames.Contains(name))
                {
                    Report(DiagnosticIds.NameClash, Ptr("/components/schemas", entry.Key), $"schema '{entry.Key}' maps to the C# name '{name}', which another schema already has");
                    name = Naming.Unique(name, _typeNames);
                }
                else
                {
                    _typeNames.Add(name);
                }
                _componentClassNames[entry.Key] = name;
            }
        }

        private void PreScanErrorComponents()
        {
            if (_doc["paths"] is not JsonObject paths) return;
            foreach (var path in paths)
            {
                if (path.Value is not JsonObject item) continue;
                foreach (var method in Methods)
                {
                    if (item[method]?["responses"] is not JsonObject responses) continue;
                    foreach (var response in responses)
                    {
                        if (!IsErrorStatus(response.Key)) continue;
                        var resolved = ResolveRefObject(response.Value, "/components/responses/");
                        if (resolved?["content"] is not JsonObject content) continue;
                        foreach (var media in content)
                        {
                            var r = Str(media.Value?["schema"], "$ref");
                            if (r != null && r.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                                _errorComponents.Add(Unescape(r.Substring("#/components/schemas/".Length)));
                        }
                    }
                }
            }
        }

        private static bool IsErrorStatus(string key) =>
            key == "default" || (key.Length == 3 && (key[0] == '4' || key[0] == '5'));

        private static string Unescape(string token) => Uri.UnescapeDataString(token).Replace("~1", "/").Replace("~0", "~");

        private JsonObject? ResolveRefObject(JsonNode? node, string expectedPrefix)
        {
            var seen = 0;
            while (node is JsonObject o && Str(o, "$ref") is string r && seen++ < 20)
            {
                node = ResolvePointer(r);
                if (node is null) return null;
            }
            return node as JsonObject;
        }

        private JsonNode? ResolvePointer(string reference)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal)) return null;
            JsonNode? current = _doc;
            foreach (var raw in reference.Substring(2).Split('/'))
            {
                var token = Unescape(raw);
                current = current switch
                {
                    JsonObject o => o[token],
                    JsonArray a when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                    _ => null,
                };
                if (current is null) return null;
            }
            return current;
        }

        // ---------------------------------------------------------------- schemas

        private TypeRef Component(string key)
        {
            if (_componentRefs.TryGetValue(key, out var existing)) return existing;
            var pointer = Ptr("/components/schemas", key);
            if (_resolving.Contains(key))
            {
                Report(DiagnosticIds.BadReference, pointer, $"schema '{key}' refers to itself without an object in between");
                return TypeRef.Of(TypeKind.Untyped);
            }
            if (_doc["components"]?["schemas"]?[key] is not JsonNode node)
            {
                return TypeRef.Of(TypeKind.Untyped);
            }
            _resolving.Add(key);
            try
            {
                var result = Schema(node, pointer, _componentClassNames[key], key);
                _componentRefs[key] = result;
                return result;
            }
            finally
            {
                _resolving.Remove(key);
            }
        }

        private string NewTypeName(string desired) => Naming.Unique(desired, _typeNames);

        private void AddType(TypeModel model)
        {
            if (!_types.ContainsKey(model.Name)) _typeOrder.Add(model.Name);
            _types[model.Name] = model;
        }

        private static List<string> TypesOf(JsonObject s)
        {
            var result = new List<string>();
            switch (s["type"])
            {
                case JsonValue v when v.TryGetValue<string>(out var t):
                    result.Add(t);
                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        if (item is JsonValue iv && iv.TryGetValue<string>(out var it)) result.Add(it);
                    }
                    break;
            }
            return result;
        }

        private static bool IsNullSchema(JsonNode? n) =>
            n is JsonObject o && TypesOf(o) is { Count: 1 } t && t[0] == "null" && o["$ref"] is null;

        /// <summary>
        /// Maps a schema to a type. <paramref name="nameHint"/> names a class if one is needed;
        /// <paramref name="componentKey"/> is set when the schema is the root of a component.
        /// </summary>
        private TypeRef Schema(JsonNode? node, string pointer, string nameHint, string? componentKey = null, int depth = 0)
        {
            if (depth > 50)
            {
                Report(DiagnosticIds.BadReference, pointer, "references nest too deeply (a $ref cycle?)");
                return TypeRef.Of(TypeKind.Untyped);
            }
            if (node is JsonValue bv && bv.TryGetValue<bool>(out _)) return TypeRef.Of(TypeKind.Untyped);
            if (node is not JsonObject s)
            {
                Report(DiagnosticIds.Unsupported, pointer, "a schema must be an object");
                return TypeRef.Of(TypeKind.Untyped);
            }

            if (Str(s, "$ref") is string reference)
            {
                const string prefix = "#/components/schemas/";
                if (reference.StartsWith(prefix, StringComparison.Ordinal) && reference.IndexOf('/', prefix.Length) < 0)
                {
                    var key = Unescape(reference.Substring(prefix.Length));
                    if (_doc["components"]?["schemas"]?[key] is null)
                    {
                        Report(DiagnosticIds.BadReference, Ptr(pointer, "$ref"), $"'{reference}' does not exist");
                        return TypeRef.Of(TypeKind.Untyped);
                    }
                    return Component(key);
                }
                var target = ResolvePointer(reference);
                if (target is null)
                {
                    Report(DiagnosticIds.BadReference, Ptr(pointer, "$ref"), reference.StartsWith("#/", StringComparison.Ordinal)
                        ? $"'{reference}' does not exist"
                        : $"'{reference}' is not a local reference (only '#/...' references are supported)");
                    return TypeRef.Of(TypeKind.Untyped);
                }
                return Schema(target, reference.Substring(1), nameHint, null, depth + 1);
            }

            if (s["allOf"] is JsonArray allOf)
            {
                if (allOf.Count == 1 && s["properties"] is null && s["oneOf"] is null && s["anyOf"] is null)
                    return Schema(allOf[0], pointer + "/allOf/0", nameHint, componentKey, depth + 1);
                return ObjectType(s, pointer, nameHint, componentKey, isMultipart: false, encoding: null);
            }

            var composed = s["oneOf"] as JsonArray ?? s["anyOf"] as JsonArray;
            if (composed != null)
            {
                var keyword = s["oneOf"] is JsonArray ? "oneOf" : "anyOf";
                var alternatives = composed.Select((n, i) => (Node: n, Index: i)).Where(a => !IsNullSchema(a.Node)).ToList();
                if (alternatives.Count == 0) return TypeRef.Of(TypeKind.Untyped);
                if (alternatives.Count == 1)
                    return Schema(alternatives[0].Node, $"{pointer}/{keyword}/{alternatives[0].Index}", nameHint, componentKey, depth + 1);
                return ComposedType(s, pointer, keyword, alternatives, nameHint, componentKey, depth);
            }

            var types = TypesOf(s);
            types.Remove("null");

            if (s["enum"] is JsonArray enumValues && (types.Count == 0 || types.SequenceEqual(new[] { "string" })))
            {
                var values = enumValues.Where(v => v is not null).ToList();
                if (values.Count > 0 && values.All(v => v is JsonValue jv && jv.TryGetValue<string>(out _)))
                    return EnumType(s, pointer, values.Select(v => v!.GetValue<string>()).ToList(), nameHint, componentKey);
            }

            if (types.Count > 1) return TypeRef.Of(TypeKind.Untyped);
            var type = types.FirstOrDefault();
            if (type is null)
            {
                if (s["properties"] is JsonObject) type = "object";
                else if (s["items"] is not null) type = "array";
                else if (s["const"] is JsonValue c && c.TryGetValue<string>(out _)) type = "string";
                else return TypeRef.Of(TypeKind.Untyped);
            }

            switch (type)
            {
                case "string":
                    var format = Str(s, "format");
                    if (format == "binary" || s["contentMediaType"] is not null && Str(s, "contentEncoding") is null) return TypeRef.Of(TypeKind.Binary);
                    if (format == "date-time") return TypeRef.Of(TypeKind.DateTime);
                    return TypeRef.Of(TypeKind.String);
                case "integer":
                    var max = Num(s, "maximum");
                    var min = Num(s, "minimum");
                    if (Str(s, "format") == "int64" || max > int.MaxValue || min < int.MinValue) return TypeRef.Of(TypeKind.Long);
                    return TypeRef.Of(TypeKind.Integer);
                case "number":
                    return TypeRef.Of(TypeKind.Number);
                case "boolean":
                    return TypeRef.Of(TypeKind.Boolean);
                case "array":
                    if (s["items"] is null) return TypeRef.ArrayOf(TypeRef.Of(TypeKind.Untyped));
                    if (s["items"] is JsonArray)
                    {
                        Report(DiagnosticIds.Unsupported, Ptr(pointer, "items"), "tuple-style 'items' (an array of schemas) is not supported; use prefixItems or one schema");
                        return TypeRef.Of(TypeKind.Untyped);
                    }
                    var item = Schema(s["items"], Ptr(pointer, "items"), nameHint.EndsWith("s", StringComparison.Ordinal) && nameHint.Length > 1 ? nameHint.Substring(0, nameHint.Length - 1) : nameHint + "Item", null, depth + 1);
                    if (item.Kind == TypeKind.Array)
                    {
                        Report(DiagnosticIds.Unsupported, Ptr(pointer, "items"), "arrays of arrays are not supported");
                        return TypeRef.Of(TypeKind.Untyped);
                    }
                    return TypeRef.ArrayOf(item);
                case "object":
                    // A closed empty object ({} and nothing else) is a real shape, e.g. "no such task":
                    // model it so a oneOf can pick it instead of an untyped value.
                    if ((s["properties"] is JsonObject props && props.Count > 0) || IsClosed(s))
                        return ObjectType(s, pointer, nameHint, componentKey, isMultipart: false, encoding: null);
                    return TypeRef.Of(TypeKind.Untyped); // free-form object (or a map): kept as an UntypedNode
                default:
                    Report(DiagnosticIds.Unsupported, Ptr(pointer, "type"), $"type '{type}' is not supported");
                    return TypeRef.Of(TypeKind.Untyped);
            }
        }

        private TypeRef EnumType(JsonObject s, string pointer, List<string> values, string nameHint, string? componentKey)
        {
            var name = componentKey != null ? nameHint : NewTypeName(nameHint);
            var tref = new TypeRef(TypeKind.Enum, name);
            if (componentKey != null) _componentRefs[componentKey] = tref;
            var varNames = s["x-enum-varnames"] as JsonArray;
            if (varNames != null && varNames.Count != values.Count)
            {
                Report(DiagnosticIds.Convention, Ptr(pointer, "x-enum-varnames"), $"x-enum-varnames has {varNames.Count} names for {values.Count} enum values");
                varNames = null;
            }
            var taken = new HashSet<string>(StringComparer.Ordinal) { "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "GetType", name };
            var members = new List<EnumMemberModel>();
            for (var i = 0; i < values.Count; i++)
            {
                var given = varNames?[i] is JsonValue gv && gv.TryGetValue<string>(out var g) ? g : null;
                var csName = given != null && IsDottedIdentifier(given) && !given.Contains(".") ? given : Naming.Pascal(given ?? values[i]);
                if (taken.Contains(csName) && given != null)
                    Report(DiagnosticIds.NameClash, Ptr(pointer, "x-enum-varnames"), $"enum member name '{csName}' is used twice");
                csName = Naming.Unique(csName, taken);
                if (members.Any(m => m.Value == values[i])) continue;
                members.Add(new EnumMemberModel(values[i], csName));
            }
            AddType(new EnumTypeModel(name, Str(s, "description") ?? Str(s, "title"), pointer, members.ToEquatableArray()));
            return tref;
        }

        /// <summary>Collects properties and required names from a schema and its allOf parts.</summary>
        private void CollectProperties(JsonObject s, string pointer, List<(string Name, JsonNode? Schema, string Pointer)> props, HashSet<string> required, int depth)
        {
            if (depth > 20) return;
            if (Str(s, "$ref") is string r)
            {
                var target = ResolvePointer(r);
                if (target is JsonObject t) CollectProperties(t, r.Substring(1), props, required, depth + 1);
                else Report(DiagnosticIds.BadReference, Ptr(pointer, "$ref"), $"'{r}' does not exist");
                return;
            }
            if (s["allOf"] is JsonArray allOf)
            {
                for (var i = 0; i < allOf.Count; i++)
                {
                    if (allOf[i] is JsonObject part) CollectProperties(part, $"{pointer}/allOf/{i}", props, required, depth + 1);
                }
            }
            if (s["oneOf"] is not null || s["anyOf"] is not null)
            {
                if (depth > 0 || s["properties"] is not null || s["allOf"] is not null)
                    Report(DiagnosticIds.Unsupported, pointer, "oneOf/anyOf combined with properties or allOf is not supported; put the alternatives in their own schema");
            }
            if (s["properties"] is JsonObject properties)
            {
                foreach (var p in properties)
                {
                    var index = props.FindIndex(x => x.Name == p.Key);
                    var entry = (p.Key, p.Value, Ptr(Ptr(pointer, "properties"), p.Key));
                    if (index >= 0) props[index] = entry;
                    else props.Add(entry);
                }
            }
            if (s["required"] is JsonArray req)
            {
                foreach (var item in req)
                {
                    if (item is JsonValue v && v.TryGetValue<string>(out var name)) required.Add(name);
                }
            }
        }

        private TypeRef ObjectType(JsonObject s, string pointer, string nameHint, string? componentKey, bool isMultipart, JsonObject? encoding)
        {
            var name = componentKey != null ? nameHint : NewTypeName(nameHint);
            var tref = new TypeRef(TypeKind.Object, name);
            if (componentKey != null) _componentRefs[componentKey] = tref;

            var raw = new List<(string Name, JsonNode? Schema, string Pointer)>();
            var required = new HashSet<string>(StringComparer.Ordinal);
            CollectProperties(s, pointer, raw, required, 0);

            var mayBeError = componentKey != null ? _errorComponents.Contains(componentKey) : nameHint.EndsWith("Error", StringComparison.Ordinal);
            var taken = new HashSet<string>(StringComparer.Ordinal) { name };
            foreach (var member in Naming.ModelMembers) taken.Add(member);
            if (mayBeError) foreach (var member in Naming.ErrorMembers) taken.Add(member);

            var properties = new List<PropertyModel>();
            foreach (var (jsonName, propSchema, propPointer) in raw)
            {
                var csName = Naming.Pascal(jsonName);
                if (taken.Contains(csName)) csName += "Prop";
                csName = Naming.Unique(csName, taken);
                var type = Schema(propSchema, propPointer, name + Naming.Pascal(jsonName));
                if (!isMultipart) type = BinaryAsString(type);
                var effective = Effective(propSchema);
                var itemSchema = type.Kind == TypeKind.Array && effective?["items"] is JsonObject items ? Effective(items) : null;
                var contentTypes = new List<string>();
                if (isMultipart && Str(encoding?[jsonName], "contentType") is string ct)
                    contentTypes.AddRange(ct.Split(',').Select(x => x.Trim()).Where(x => x.Length > 0));
                else if (isMultipart && type.Kind == TypeKind.Binary && Str(effective, "contentMediaType") is string cmt && cmt != "application/octet-stream")
                    contentTypes.Add(cmt);
                var description = Str(propSchema, "description") ?? Str(effective, "description") ?? Str(propSchema, "title");
                var constraints = ConstraintsOf(effective, propPointer);
                if (type.Kind == TypeKind.Enum) constraints = constraints with { AllowedValues = default };
                properties.Add(new PropertyModel(
                    jsonName,
                    csName,
                    type,
                    description,
                    required.Contains(jsonName),
                    constraints,
                    itemSchema is null ? Constraints.None : ConstraintsOf(itemSchema, Ptr(propPointer, "items")),
                    RemarksOf(propSchema, effective),
                    contentTypes.ToEquatableArray(),
                    Bool(propSchema, "deprecated") || Bool(effective, "deprecated")));
            }
            foreach (var r in required.Where(r => raw.All(p => p.Name != r)))
            {
                Report(DiagnosticIds.Convention, Ptr(pointer, "required"), $"'{r}' is required but not declared under properties", SpecSeverity.Info);
            }

            if (s["x-error-fields"] is JsonObject errorFields) _errorFieldSpecs[name] = (errorFields, Ptr(pointer, "x-error-fields"));
            else if (componentKey != null && Effective(s)?["x-error-fields"] is JsonObject ef2) _errorFieldSpecs[name] = (ef2, Ptr(pointer, "x-error-fields"));

            AddType(new ObjectTypeModel(name, Str(s, "description") ?? Str(s, "title"), pointer, properties.ToEquatableArray(), false, isMultipart, null));
            return tref;
        }

        private static TypeRef BinaryAsString(TypeRef type) => type.Kind switch
        {
            TypeKind.Binary => TypeRef.Of(TypeKind.String),
            TypeKind.Array when type.Item!.Kind == TypeKind.Binary => TypeRef.ArrayOf(TypeRef.Of(TypeKind.String)),
            _ => type,
        };

        /// <summary>Follows $ref (and single-element allOf) to the schema that states the constraints.</summary>
        /// <summary>True for <c>additionalProperties: false</c>: the object allows only the properties it declares.</summary>
        private static bool IsClosed(JsonObject s) =>
            s["additionalProperties"] is JsonValue ap && ap.TryGetValue<bool>(out var allowed) && !allowed;

        private JsonObject? Effective(JsonNode? node)
        {
            for (var i = 0; i < 20 && node is JsonObject o; i++)
            {
                if (Str(o, "$ref") is string r)
                {
                    node = ResolvePointer(r);
                    continue;
                }
                if (o["allOf"] is JsonArray { Count: 1 } single && o["properties"] is null)
                {
                    node = single[0];
                    continue;
                }
                if ((o["oneOf"] ?? o["anyOf"]) is JsonArray alts && alts.Count(a => !IsNullSchema(a)) == 1)
                {
                    node = alts.First(a => !IsNullSchema(a));
                    continue;
                }
                return o;
            }
            return node as JsonObject;
        }

        private Constraints ConstraintsOf(JsonObject? s, string pointer)
        {
            if (s is null) return Constraints.None;
            var minimum = Num(s, "minimum");
            var maximum = Num(s, "maximum");
            var exclusiveMin = false;
            var exclusiveMax = false;
            if (Num(s, "exclusiveMinimum") is double emin) { minimum = emin; exclusiveMin = true; }
            else if (Bool(s, "exclusiveMinimum")) exclusiveMin = true;
            if (Num(s, "exclusiveMaximum") is double emax) { maximum = emax; exclusiveMax = true; }
            else if (Bool(s, "exclusiveMaximum")) exclusiveMax = true;
            var pattern = Str(s, "pattern");
            if (pattern != null)
            {
                try
                {
                    _ = new System.Text.RegularExpressions.Regex(pattern);
                }
                catch (ArgumentException ex)
                {
                    Report(DiagnosticIds.Unsupported, Ptr(pointer, "pattern"), $"pattern '{pattern}' is not a valid .NET regular expression: {ex.Message}");
                    pattern = null;
                }
            }
            var allowed = new List<string>();
            if (s["const"] is JsonValue c) allowed.Add(ValueText(c));
            else if (s["enum"] is JsonArray e) allowed.AddRange(e.Where(v => v is JsonValue).Select(v => ValueText((JsonValue)v!)));
            return new Constraints(minimum, maximum, exclusiveMin, exclusiveMax, Int(s, "minLength"), Int(s, "maxLength"), Int(s, "minItems"), Int(s, "maxItems"), pattern, allowed.ToEquatableArray());
        }

        private static string ValueText(JsonValue v)
        {
            if (v.TryGetValue<string>(out var s)) return s;
            if (v.TryGetValue<bool>(out var b)) return b ? "true" : "false";
            return v.ToJsonString();
        }

        private static string? RemarksOf(JsonNode? propSchema, JsonObject? effective)
        {
            var parts = new List<string>();
            var dflt = (propSchema as JsonObject)?["default"] ?? effective?["default"];
            if (dflt != null) parts.Add("Default: " + (dflt is JsonValue dv ? ValueText(dv) : dflt.ToJsonString()) + ".");
            var format = Str(effective, "format");
            if (format != null) parts.Add("Format: " + format + ".");
            return parts.Count == 0 ? null : string.Join(" ", parts);
        }

        private TypeRef ComposedType(JsonObject s, string pointer, string keyword, List<(JsonNode? Node, int Index)> alternatives, string nameHint, string? componentKey, int depth)
        {
            var name = componentKey != null ? nameHint : NewTypeName(nameHint);
            var tref = new TypeRef(TypeKind.Composed, name);
            if (componentKey != null) _componentRefs[componentKey] = tref;

            var discriminator = s["discriminator"] as JsonObject;
            var discriminatorProperty = Str(discriminator, "propertyName");
            var mapping = new List<(string Value, string Ref)>();
            if (discriminator?["mapping"] is JsonObject map)
            {
                foreach (var m in map)
                {
                    if (m.Value is JsonValue mv && mv.TryGetValue<string>(out var target))
                    {
                        if (!target.StartsWith("#", StringComparison.Ordinal)) target = "#/components/schemas/" + target;
                        mapping.Add((m.Key, target));
                    }
                }
            }

            var taken = new HashSet<string>(StringComparer.Ordinal) { "Unknown", name, "Serialize", "GetFieldDeserializers", "CollectViolations", "CreateFromDiscriminatorValue" };
            var alts = new List<AlternativeModel>();
            var matchedMappings = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (node, index) in alternatives)
            {
                var altPointer = $"{pointer}/{keyword}/{index}";
                var altType = BinaryAsString(Schema(node, altPointer, name + "Member" + (index + 1).ToString(CultureInfo.InvariantCulture), null, depth + 1));
                var propName = Naming.Unique(AlternativeName(altType), taken);
                var required = new List<string>();
                var values = new List<string>();
                List<string>? closedProperties = null;
                if (altType.Kind == TypeKind.Object && node is JsonObject altSchema)
                {
                    var props = new List<(string, JsonNode?, string)>();
                    var req = new HashSet<string>(StringComparer.Ordinal);
                    CollectProperties(altSchema, altPointer, props, req, 1);
                    required.AddRange(req.OrderBy(r => r, StringComparer.Ordinal));
                    if (Effective(altSchema) is JsonObject effective && IsClosed(effective))
                        closedProperties = props.Select(p => p.Item1).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
                    var altRef = Str(altSchema, "$ref");
                    foreach (var m in mapping.Where(m => m.Ref == altRef))
                    {
                        values.Add(m.Value);
                        matchedMappings.Add(m.Value);
                    }
                    if (discriminatorProperty != null && values.Count == 0)
                    {
                        var prop = props.FirstOrDefault(p => p.Item1 == discriminatorProperty).Item2;
                        var eff = Effective(prop);
                        if (eff?["const"] is JsonValue cv && cv.TryGetValue<string>(out var cs)) values.Add(cs);
                        else if (eff?["enum"] is JsonArray ev) values.AddRange(ev.OfType<JsonValue>().Select(ValueText));
                        else if (altRef != null && mapping.Count == 0) values.Add(Unescape(altRef.Substring(altRef.LastIndexOf('/') + 1)));
                    }
                }
                alts.Add(new AlternativeModel(propName, altType, required.ToEquatableArray(), values.ToEquatableArray())
                {
                    ClosedProperties = closedProperties?.ToEquatableArray(),
                });
            }
            foreach (var m in mapping.Where(m => !matchedMappings.Contains(m.Value)))
            {
                Report(DiagnosticIds.BadReference, Ptr(Ptr(pointer, "discriminator"), "mapping"), $"discriminator value '{m.Value}' maps to '{m.Ref}', which is not one of the {keyword} alternatives");
            }
            if (discriminatorProperty != null)
            {
                foreach (var alt in alts.Where(a => a.Type.Kind == TypeKind.Object && a.DiscriminatorValues.Count == 0))
                {
                    Report(DiagnosticIds.Convention, Ptr(pointer, "discriminator"), $"alternative {alt.Type.Name} has no discriminator value (no mapping entry and no const/enum for '{discriminatorProperty}')", SpecSeverity.Warning);
                }
            }
            var kinds = alts.Select(a => a.Type.Kind is TypeKind.Object or TypeKind.Composed or TypeKind.Untyped ? "object" : a.Type.Kind.ToString()).ToList();
            if (alts.Count(a => a.Type.Kind == TypeKind.Composed) > 0)
                Report(DiagnosticIds.Unsupported, pointer, $"a {keyword} alternative is itself a oneOf/anyOf; flatten the alternatives into one list");

            AddType(new ComposedTypeModel(name, Str(s, "description") ?? Str(s, "title"), pointer, keyword == "oneOf", discriminatorProperty, alts.ToEquatableArray(), false));
            if (s["x-error-fields"] is JsonObject) _ = kinds;
            return tref;
        }

        private static string AlternativeName(TypeRef t) => t.Kind switch
        {
            TypeKind.Object or TypeKind.Enum or TypeKind.Composed => t.Name!,
            TypeKind.Array => AlternativeName(t.Item!) + "List",
            TypeKind.Number => "Double",
            _ => t.Kind.ToString(),
        };

        // ---------------------------------------------------------------- operations

        private sealed class PendingOperation
        {
            public string Path = "";
            public string Method = "";
            public string OperationId = "";
            public string? Summary;
            public string? Description;
            public bool Deprecated;
            public string Pointer = "";
            public List<RequestBodyModel> Bodies = new List<RequestBodyModel>();
            public ResponseModel? Response;
            public List<(string Key, TypeRef Type, string Pointer)> Errors = new List<(string, TypeRef, string)>();
            public List<QueryParameterModel> Query = new List<QueryParameterModel>();
            public List<ErrorMappingModel> FinalErrors = new List<ErrorMappingModel>();
            public List<PathParameterFact> PathParameters = new List<PathParameterFact>();
            public OperationFacts? Facts;
        }

        private List<PendingOperation> ReadOperations()
        {
            var result = new List<PendingOperation>();
            if (_doc["paths"] is not JsonObject paths)
            {
                Report(DiagnosticIds.Convention, "", "the spec has no 'paths'", SpecSeverity.Info);
                return result;
            }
            var operationIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pathEntry in paths)
            {
                var pathPointer = Ptr("/paths", pathEntry.Key);
                if (pathEntry.Value is not JsonObject pathItem) continue;
                if (!pathEntry.Key.StartsWith("/", StringComparison.Ordinal))
                {
                    Report(DiagnosticIds.OpenApiInvalid, pathPointer, $"path '{pathEntry.Key}' does not start with '/'");
                    continue;
                }
                foreach (var method in Methods)
                {
                    if (pathItem[method] is not JsonObject op) continue;
                    var opPointer = Ptr(pathPointer, method);
                    var operationId = Str(op, "operationId");
                    if (string.IsNullOrEmpty(operationId))
                    {
                        Report(DiagnosticIds.Convention, opPointer, $"{method.ToUpperInvariant()} {pathEntry.Key} has no operationId (every operation needs one; it names the generated types)");
                        continue;
                    }
                    if (!operationIds.Add(operationId!))
                        Report(DiagnosticIds.NameClash, Ptr(opPointer, "operationId"), $"operationId '{operationId}' is used twice");
                    var pending = new PendingOperation
                    {
                        Path = pathEntry.Key,
                        Method = Naming.Pascal(method),
                        OperationId = operationId!,
                        Summary = Str(op, "summary"),
                        Description = Str(op, "description"),
                        Deprecated = Bool(op, "deprecated"),
                        Pointer = opPointer,
                    };
                    var opName = Naming.Pascal(operationId!);
                    ReadParameters(pathItem, op, pathPointer, opPointer, pathEntry.Key, pending);
                    ReadRequestBody(op, opPointer, opName, pending);
                    ReadResponses(op, opPointer, opName, pending);
                    pending.Facts = ReadFacts(op, opPointer, pending);
                    result.Add(pending);
                }
            }
            return result;
        }

        private void ReadParameters(JsonObject pathItem, JsonObject op, string pathPointer, string opPointer, string path, PendingOperation pending)
        {
            var all = new List<(JsonObject P, string Pointer)>();
            void Collect(JsonNode? list, string pointer)
            {
                if (list is not JsonArray array) return;
                for (var i = 0; i < array.Count; i++)
                {
                    var p = ResolveRefObject(array[i], "/components/parameters/");
                    var ptr = $"{pointer}/parameters/{i}";
                    if (p is null)
                    {
                        Report(DiagnosticIds.BadReference, ptr, "parameter reference does not resolve");
                        continue;
                    }
                    var index = all.FindIndex(x => Str(x.P, "name") == Str(p, "name") && Str(x.P, "in") == Str(p, "in"));
                    if (index >= 0) all[index] = (p, ptr);
                    else all.Add((p, ptr));
                }
            }
            Collect(pathItem["parameters"], pathPointer);
            Collect(op["parameters"], opPointer);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (p, pointer) in all)
            {
                var name = Str(p, "name") ?? "";
                switch (Str(p, "in"))
                {
                    case "path":
                        if (!path.Contains("{" + name + "}"))
                            Report(DiagnosticIds.OpenApiInvalid, pointer, $"path parameter '{name}' does not appear in '{path}'");
                        else
                            pending.PathParameters.Add(new PathParameterFact(name, Str(p, "example") ?? Str(p["schema"], "example")));
                        break;
                    case "query":
                        var type = Schema(p["schema"], Ptr(pointer, "schema"), Naming.Pascal(pending.OperationId) + Naming.Pascal(name));
                        if (type.Kind == TypeKind.Enum) type = TypeRef.Of(TypeKind.String);
                        if (type.Kind == TypeKind.Array && type.Item!.Kind == TypeKind.Enum) type = TypeRef.ArrayOf(TypeRef.Of(TypeKind.String));
                        var ok = type.Kind is TypeKind.String or TypeKind.Integer or TypeKind.Long or TypeKind.Number or TypeKind.Boolean or TypeKind.DateTime
                            || (type.Kind == TypeKind.Array && type.Item!.Kind is TypeKind.String or TypeKind.Integer or TypeKind.Long or TypeKind.Number or TypeKind.Boolean);
                        if (!ok)
                        {
                            Report(DiagnosticIds.Unsupported, Ptr(pointer, "schema"), $"query parameter '{name}' has a type ({type}) that cannot travel in a query string");
                            continue;
                        }
                        var csName = Naming.Unique(Naming.Pascal(name), taken);
                        pending.Query.Add(new QueryParameterModel(name, csName, type, Str(p, "description") ?? Str(p["schema"], "description"), Bool(p, "required")));
                        break;
                    default:
                        // header and cookie parameters are set through RequestConfiguration.Headers
                        break;
                }
            }
            foreach (var segment in path.Split('/'))
            {
                if (segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal))
                {
                    var name = segment.Substring(1, segment.Length - 2);
                    if (!all.Any(x => Str(x.P, "in") == "path" && Str(x.P, "name") == name))
                        Report(DiagnosticIds.OpenApiInvalid, Ptr(pathPointer, "parameters"), $"path parameter '{name}' of '{path}' is not declared", SpecSeverity.Warning);
                }
            }
        }

        private static bool IsJson(string media) =>
            media.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

        private void ReadRequestBody(JsonObject op, string opPointer, string opName, PendingOperation pending)
        {
            if (op["requestBody"] is null) return;
            var bodyPointer = Ptr(opPointer, "requestBody");
            var body = ResolveRefObject(op["requestBody"], "/components/requestBodies/");
            if (body?["content"] is not JsonObject content)
            {
                Report(DiagnosticIds.OpenApiInvalid, bodyPointer, "requestBody has no content");
                return;
            }
            var required = Bool(body, "required");
            foreach (var media in content)
            {
                var mediaPointer = Ptr(Ptr(bodyPointer, "content"), media.Key);
                var schema = media.Value?["schema"];
                var schemaPointer = Ptr(mediaPointer, "schema");
                var mediaType = media.Key.ToLowerInvariant();
                if (IsJson(mediaType))
                {
                    var type = BinaryAsString(Schema(schema, schemaPointer, opName + "RequestBody"));
                    var ok = type.Kind is TypeKind.Object or TypeKind.Composed
                        || (type.Kind == TypeKind.Array && type.Item!.Kind is TypeKind.Object or TypeKind.Composed);
                    if (!ok)
                    {
                        Report(DiagnosticIds.Unsupported, schemaPointer, $"a JSON request body must be an object, a oneOf/anyOf of objects, or an array of them (found {type})");
                        continue;
                    }
                    pending.Bodies.Add(new RequestBodyModel(BodyKind.Json, media.Key, type, required));
                }
                else if (mediaType == "multipart/form-data")
                {
                    var effective = Effective(schema);
                    if (effective is null || (TypesOf(effective).FirstOrDefault() ?? "object") != "object" && effective["properties"] is null)
                    {
                        Report(DiagnosticIds.Unsupported, schemaPointer, "a multipart/form-data body must be an object schema with properties");
                        continue;
                    }
                    var name = opName + "MultipartBody";
                    var encoding = media.Value?["encoding"] as JsonObject;
                    var type = ObjectType((JsonObject)schema!, schemaPointer, name, null, isMultipart: true, encoding: encoding);
                    if (_types[type.Name!] is ObjectTypeModel m)
                    {
                        foreach (var p in m.Properties)
                        {
                            var bad = p.Type.Kind is TypeKind.Composed || (p.Type.Kind == TypeKind.Array && p.Type.Item!.Kind is not TypeKind.Binary and not TypeKind.String and not TypeKind.Enum);
                            if (bad) Report(DiagnosticIds.Unsupported, Ptr(Ptr(schemaPointer, "properties"), p.JsonName), $"multipart part '{p.JsonName}' has a type ({p.Type}) that cannot be sent as a form part");
                        }
                    }
                    pending.Bodies.Add(new RequestBodyModel(BodyKind.Multipart, media.Key, type, required));
                }
                else if (mediaType.StartsWith("text/", StringComparison.Ordinal))
                {
                    pending.Bodies.Add(new RequestBodyModel(BodyKind.Text, media.Key, TypeRef.Of(TypeKind.String), required));
                }
                else if (mediaType == "application/x-www-form-urlencoded")
                {
                    Report(DiagnosticIds.Unsupported, mediaPointer, "application/x-www-form-urlencoded bodies are not supported", pending.Bodies.Count > 0 || content.Count > 1 ? SpecSeverity.Info : SpecSeverity.Error);
                }
                else
                {
                    pending.Bodies.Add(new RequestBodyModel(BodyKind.Binary, media.Key, TypeRef.Of(TypeKind.Binary), required));
                }
            }
            // one overload per C# body type
            pending.Bodies = pending.Bodies.GroupBy(b => b.Type).Select(g => g.First()).ToList();
        }

        private static int StatusOrder(string key)
        {
            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return code * 10;
            if (key.Length == 3 && char.IsDigit(key[0])) return ((key[0] - '0') * 100 + 99) * 10 + 1;
            return int.MaxValue;
        }

        private void ReadResponses(JsonObject op, string opPointer, string opName, PendingOperation pending)
        {
            var responsesPointer = Ptr(opPointer, "responses");
            if (op["responses"] is not JsonObject responses)
            {
                Report(DiagnosticIds.OpenApiInvalid, responsesPointer, "the operation has no responses");
                return;
            }
            var success = responses.Where(r => r.Key.StartsWith("2", StringComparison.Ordinal)).OrderBy(r => StatusOrder(r.Key)).FirstOrDefault();
            if (success.Key != null)
            {
                var responsePointer = Ptr(responsesPointer, success.Key);
                var response = ResolveRefObject(success.Value, "/components/responses/");
                if (response?["content"] is JsonObject content && content.Count > 0)
                {
                    var json = content.FirstOrDefault(c => IsJson(c.Key));
                    if (json.Key != null)
                    {
                        var type = BinaryAsString(Schema(json.Value?["schema"], Ptr(Ptr(Ptr(responsePointer, "content"), json.Key), "schema"), opName + "Response"));
                        pending.Response = new ResponseModel(BodyKind.Json, json.Key, type);
                    }
                    else
                    {
                        var first = content.First();
                        pending.Response = first.Key.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                            ? new ResponseModel(BodyKind.Text, first.Key, TypeRef.Of(TypeKind.String))
                            : new ResponseModel(BodyKind.Binary, first.Key, TypeRef.Of(TypeKind.Binary));
                    }
                }
            }
            foreach (var entry in responses)
            {
                if (!IsErrorStatus(entry.Key) && !(entry.Key.Length == 3 && (entry.Key[0] == '4' || entry.Key[0] == '5'))) continue;
                var responsePointer = Ptr(responsesPointer, entry.Key);
                var response = ResolveRefObject(entry.Value, "/components/responses/");
                if (response?["content"] is not JsonObject content) continue;
                var json = content.FirstOrDefault(c => IsJson(c.Key));
                if (json.Key == null) continue;
                var schemaPointer = Ptr(Ptr(Ptr(responsePointer, "content"), json.Key), "schema");
                var key = entry.Key == "default" ? "XXX" : entry.Key.ToUpperInvariant();
                var type = Schema(json.Value?["schema"], schemaPointer, opName + Naming.Pascal(entry.Key == "default" ? "Default" : entry.Key) + "Error");
                if (type.Kind is not TypeKind.Object and not TypeKind.Composed)
                {
                    Report(DiagnosticIds.Unsupported, schemaPointer, $"error response {entry.Key} must use an object schema (or a oneOf of objects) to be mapped to an exception; found {type}");
                    continue;
                }
                pending.Errors.Add((key, type, schemaPointer));
            }
        }

        // ---------------------------------------------------------------- errors

        private void FinishErrors(List<PendingOperation> operations)
        {
            var nonErrorUses = new HashSet<string>(StringComparer.Ordinal);
            void Use(TypeRef? t)
            {
                while (t != null)
                {
                    if (t.Name != null) nonErrorUses.Add(t.Name);
                    t = t.Item;
                }
            }
            foreach (var op in operations)
            {
                foreach (var b in op.Bodies) Use(b.Type);
                Use(op.Response?.Type);
            }
            foreach (var model in _types.Values)
            {
                switch (model)
                {
                    case ObjectTypeModel o:
                        foreach (var p in o.Properties) Use(p.Type);
                        break;
                    case ComposedTypeModel c:
                        foreach (var a in c.Alternatives) Use(a.Type);
                        break;
                }
            }

            var errorVariants = new Dictionary<string, TypeRef>(StringComparer.Ordinal);
            foreach (var op in operations)
            {
                foreach (var (key, type, pointer) in op.Errors)
                {
                    var name = type.Name!;
                    if (!errorVariants.TryGetValue(name, out var errorType))
                    {
                        var model = _types[name];
                        if (!nonErrorUses.Contains(name))
                        {
                            errorType = type;
                            AddType(MarkError(model, name));
                        }
                        else
                        {
                            var variantName = NewTypeName(name + "Exception");
                            errorType = new TypeRef(type.Kind, variantName);
                            AddType(MarkError(model, variantName));
                            if (_errorFieldSpecs.TryGetValue(name, out var spec)) _errorFieldSpecs[variantName] = spec;
                        }
                        errorVariants[name] = errorType;
                    }
                    op.FinalErrors.Add(new ErrorMappingModel(key, errorType));
                }
            }
        }

        private TypeModel MarkError(TypeModel model, string name)
        {
            switch (model)
            {
                case ObjectTypeModel o:
                    // an error model must not have properties named like Exception's members
                    var taken = new HashSet<string>(StringComparer.Ordinal) { name };
                    foreach (var m in Naming.ModelMembers.Concat(Naming.ErrorMembers)) taken.Add(m);
                    var props = o.Properties.Select(p =>
                    {
                        var cs = taken.Contains(p.CsName) ? Naming.Unique(p.CsName + "Prop", taken) : Naming.Unique(p.CsName, taken);
                        return p with { CsName = cs };
                    }).ToEquatableArray();
                    return o with { Name = name, IsError = true, Properties = props };
                case ComposedTypeModel c:
                    return c with { Name = name, IsError = true };
                default:
                    return model;
            }
        }

        private void ResolveErrorFields()
        {
            foreach (var entry in _errorFieldSpecs)
            {
                if (!_types.TryGetValue(entry.Key, out var t) || t is not ObjectTypeModel model) continue;
                var (fields, pointer) = entry.Value;
                ErrorFieldPath? Field(string key)
                {
                    var path = Str(fields, key);
                    if (path is null) return null;
                    return ResolveErrorPath(model, path, Ptr(pointer, key));
                }
                foreach (var k in fields.Select(f => f.Key).Where(k => k != "code" && k != "message" && k != "requestId"))
                    Report(DiagnosticIds.Convention, Ptr(pointer, k), $"x-error-fields key '{k}' is unknown (expected code, message, requestId)", SpecSeverity.Warning);
                AddType(model with { ErrorFields = new ErrorFields(Field("code"), Field("message"), Field("requestId")) });
            }
        }

        private ErrorFieldPath? ResolveErrorPath(ObjectTypeModel model, string path, string pointer)
        {
            var segments = path.Split('.');
            var steps = new List<string>();
            var jsonSteps = new List<string>();
            var current = model;
            for (var i = 0; i < segments.Length; i++)
            {
                var prop = current.Properties.FirstOrDefault(p => p.JsonName == segments[i]);
                if (prop is null)
                    return new ErrorFieldPath(path, steps.ToEquatableArray(), null, string.Join(".", segments.Skip(i)), jsonSteps.ToEquatableArray());
                steps.Add(prop.CsName);
                jsonSteps.Add(prop.JsonName);
                if (i == segments.Length - 1)
                {
                    if (prop.Type.Kind is TypeKind.Array or TypeKind.Composed or TypeKind.Object or TypeKind.Binary)
                    {
                        Report(DiagnosticIds.Unsupported, pointer, $"x-error-fields path '{path}' ends at a {prop.Type.Kind}, not a scalar");
                        return null;
                    }
                    return new ErrorFieldPath(path, steps.ToEquatableArray(), prop.Type.Kind, null, jsonSteps.ToEquatableArray());
                }
                if (prop.Type.Kind == TypeKind.Untyped)
                    return new ErrorFieldPath(path, steps.Take(steps.Count - 1).ToEquatableArray(), null, string.Join(".", segments.Skip(i)), jsonSteps.Take(jsonSteps.Count - 1).ToEquatableArray());
                if (prop.Type.Kind != TypeKind.Object || !_types.TryGetValue(prop.Type.Name!, out var next) || next is not ObjectTypeModel nextModel)
                {
                    Report(DiagnosticIds.Unsupported, pointer, $"x-error-fields path '{path}' goes through '{segments[i]}', which is a {prop.Type.Kind}, not an object");
                    return null;
                }
                current = nextModel;
            }
            return null;
        }

        // ---------------------------------------------------------------- request builder tree

        private sealed class Node
        {
            public string Segment = "";
            public string Path = "";
            public List<Node> Children = new List<Node>();
            public List<PendingOperation> Operations = new List<PendingOperation>();
        }

        private RequestBuilderModel BuildTree(List<PendingOperation> operations, string ns, string client)
        {
            var root = new Node { Path = "/" };
            foreach (var op in operations)
            {
                var node = root;
                var segments = op.Path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
                var path = "";
                var valid = true;
                foreach (var segment in segments)
                {
                    path += "/" + segment;
                    var isParam = segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal) && segment.IndexOf('{', 1) < 0;
                    if (!isParam && (segment.Contains("{") || segment.Contains("}")))
                    {
                        Report(DiagnosticIds.Unsupported, Ptr("/paths", op.Path), $"path segment '{segment}' mixes text and a parameter; only whole-segment parameters are supported");
                        valid = false;
                        break;
                    }
                    var child = node.Children.FirstOrDefault(c => c.Segment == segment);
                    if (child is null)
                    {
                        if (isParam && node.Children.FirstOrDefault(c => c.Segment.StartsWith("{", StringComparison.Ordinal)) is Node other)
                        {
                            Report(DiagnosticIds.NameClash, Ptr("/paths", op.Path), $"'{path}' and '{other.Path}' put different parameters at the same place; use one parameter name");
                            valid = false;
                            break;
                        }
                        child = new Node { Segment = segment, Path = path };
                        node.Children.Add(child);
                    }
                    node = child;
                }
                if (valid) node.Operations.Add(op);
            }
            return ToModel(root, ns, client, "{+baseurl}", null, null);
        }

        private RequestBuilderModel ToModel(Node node, string ns, string className, string template, string? propertyName, PathParameterModel? parameter)
        {
            var children = new List<RequestBuilderModel>();
            var taken = new HashSet<string>(StringComparer.Ordinal) { "WithUrl", className };
            foreach (var op in node.Operations) taken.Add(op.Method + "Async");
            var parentSegmentName = node.Segment.StartsWith("{", StringComparison.Ordinal) || node.Segment.Length == 0 ? "" : Naming.Pascal(node.Segment);
            foreach (var child in node.Children)
            {
                var templateSegment = child.Segment;
                if (child.Segment.StartsWith("{", StringComparison.Ordinal))
                {
                    var name = child.Segment.Substring(1, child.Segment.Length - 2);
                    var childNs = ns + ".Item";
                    var childClass = (parentSegmentName.Length > 0 ? parentSegmentName : className.Replace("RequestBuilder", "")) + "ItemRequestBuilder";
                    var description = FindPathParameterDescription(child, name);
                    children.Add(ToModel(child, childNs, childClass, template + "/{" + name + "}", null, new PathParameterModel(name, description)));
                }
                else
                {
                    var segmentName = Naming.Pascal(child.Segment);
                    var prop = Naming.Unique(segmentName, taken);
                    children.Add(ToModel(child, ns + "." + segmentName, segmentName + "RequestBuilder", template + "/" + EscapeTemplateLiteral(child.Segment), prop, null));
                }
            }
            var ops = node.Operations.Select(op =>
            {
                var queryClass = op.Query.Count > 0 ? className.Replace("RequestBuilder", "") + op.Method + "QueryParameters" : null;
                return new OperationModel(op.Method, op.OperationId, op.Summary, op.Description, op.Deprecated, op.Bodies.ToEquatableArray(), op.Response,
                    op.FinalErrors.ToEquatableArray(), op.Query.ToEquatableArray(), queryClass, op.Pointer, op.Facts!);
            }).ToList();
            // the URL template carries every query parameter of every operation on this path
            var queryNames = node.Operations.SelectMany(o => o.Query).Select(q => q.Name).Distinct(StringComparer.Ordinal).ToList();
            var fullTemplate = queryNames.Count > 0 ? template + "{?" + string.Join(",", queryNames.Select(EscapeVarName)) + "}" : template;
            return new RequestBuilderModel(className, ns, fullTemplate, propertyName, parameter, node.Path, children.ToEquatableArray(), ops.ToEquatableArray());
        }

        private string? FindPathParameterDescription(Node node, string name)
        {
            foreach (var op in Flatten(node))
            {
                var pathItem = _doc["paths"]?[op.Path] as JsonObject;
                foreach (var list in new[] { pathItem?[op.Method.ToLowerInvariant()]?["parameters"], pathItem?["parameters"] })
                {
                    if (list is not JsonArray array) continue;
                    foreach (var item in array)
                    {
                        var p = ResolveRefObject(item, "/components/parameters/");
                        if (Str(p, "name") == name && Str(p, "in") == "path") return Str(p, "description");
                    }
                }
            }
            return null;
        }

        private static IEnumerable<PendingOperation> Flatten(Node node) => node.Operations.Concat(node.Children.SelectMany(Flatten));

        private static string EscapeTemplateLiteral(string segment) =>
            segment.Replace("%", "%25").Replace("{", "%7B").Replace("}", "%7D");

        // RFC 6570 varnames allow ALPHA / DIGIT / "_" / pct-encoded / "."; Kiota's template engine decodes them.
        private static string EscapeVarName(string name)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var c in name)
            {
                if (c < 128 && (char.IsLetterOrDigit(c) || c == '_' || c == '.')) sb.Append(c);
                else foreach (var b in System.Text.Encoding.UTF8.GetBytes(c.ToString())) sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            return sb.ToString() + "*";
        }
    }
}
