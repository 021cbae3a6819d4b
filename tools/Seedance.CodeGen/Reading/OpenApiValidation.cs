using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Seedance.CodeGen.Diagnostics;

namespace Seedance.CodeGen.Reading
{
    /// <summary>Parses the converted document with Microsoft.OpenApi and turns its errors into diagnostics.</summary>
    public static class OpenApiValidation
    {
        /// <summary>Adds one diagnostic per Microsoft.OpenApi error (and an info per warning).</summary>
        public static void Validate(string path, JsonObject document, PointerMap map, List<SpecDiagnostic> diagnostics)
        {
            var version = document["openapi"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (version is null || !(version.StartsWith("3.0", StringComparison.Ordinal) || version.StartsWith("3.1", StringComparison.Ordinal)))
            {
                var pos = map.Find("/openapi");
                diagnostics.Add(new SpecDiagnostic(DiagnosticIds.OpenApiInvalid, SpecSeverity.Error, path, "/openapi", pos?.Line ?? 1, pos?.Column ?? 1,
                    version is null ? "the document has no 'openapi' version field" : $"OpenAPI version '{version}' is not supported (3.0.x or 3.1.x)"));
                return;
            }
            ReadResult result;
            try
            {
                var settings = new OpenApiReaderSettings();
                result = OpenApiDocument.Parse(document.ToJsonString(), "json", settings);
            }
            catch (Exception ex)
            {
                diagnostics.Add(new SpecDiagnostic(DiagnosticIds.OpenApiInvalid, SpecSeverity.Error, path, "", 0, 0, "Microsoft.OpenApi could not read the document: " + ex.Message));
                return;
            }
            if (result.Diagnostic is null) return;
            foreach (var error in result.Diagnostic.Errors)
            {
                var pointer = Normalize(error.Pointer);
                var pos = map.Find(pointer);
                diagnostics.Add(new SpecDiagnostic(DiagnosticIds.OpenApiInvalid, SpecSeverity.Error, path, pointer, pos?.Line ?? 0, pos?.Column ?? 0, error.Message));
            }
            foreach (var warning in result.Diagnostic.Warnings)
            {
                var pointer = Normalize(warning.Pointer);
                var pos = map.Find(pointer);
                diagnostics.Add(new SpecDiagnostic(DiagnosticIds.OpenApiWarning, SpecSeverity.Info, path, pointer, pos?.Line ?? 0, pos?.Column ?? 0, warning.Message));
            }
        }

        private static string Normalize(string? pointer)
        {
            var p = pointer ?? "";
            if (p.StartsWith("#", StringComparison.Ordinal)) p = p.Substring(1);
            return p;
        }
    }
}
