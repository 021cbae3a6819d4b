using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Seedance.CodeGen.Diagnostics;
using Seedance.CodeGen.Model;

namespace Seedance.CodeGen.Reading
{
    /// <summary>
    /// Reads the operation facts of the generated descriptors: <c>x-seedance-role</c>,
    /// <c>x-seedance-retry</c>, <c>x-seedance-retry-reason</c>, <c>x-seedance-states</c> and the names of
    /// the documented request examples (docs/spec-conventions.md, "Operation facts").
    /// </summary>
    internal sealed partial class ModelBuilder
    {
        /// <summary>The accepted <c>x-seedance-role</c> values.</summary>
        public static readonly IReadOnlyDictionary<string, JobRole> Roles = new Dictionary<string, JobRole>(StringComparer.Ordinal)
        {
            ["create"] = JobRole.Create,
            ["status"] = JobRole.Status,
            ["cancel"] = JobRole.Cancel,
            ["list"] = JobRole.List,
            ["models"] = JobRole.Models,
        };

        /// <summary>The accepted <c>x-seedance-retry</c> values.</summary>
        public static readonly IReadOnlyDictionary<string, RetryClass> RetryClasses = new Dictionary<string, RetryClass>(StringComparer.Ordinal)
        {
            ["idempotent"] = RetryClass.Idempotent,
            ["create"] = RetryClass.Create,
        };

        /// <summary>The accepted <c>x-seedance-states</c> values: the names of <c>VideoJobState</c> except Unknown.</summary>
        public static readonly IReadOnlyList<string> JobStates = new[] { "Queued", "Running", "Succeeded", "Failed", "Cancelled", "Expired" };

        private OperationFacts ReadFacts(JsonObject op, string opPointer, PendingOperation pending)
        {
            var role = ReadKeyword(op, opPointer, "x-seedance-role", Roles, JobRole.None);
            var retry = ReadKeyword(op, opPointer, "x-seedance-retry", RetryClasses, DefaultRetry(pending.Method));
            if (role == JobRole.Create && retry == RetryClass.Idempotent)
                Report(DiagnosticIds.Convention, Ptr(opPointer, "x-seedance-retry"), "a create operation starts a paid job and cannot be 'idempotent' (use x-seedance-retry: create)");
            var reason = op["x-seedance-retry-reason"];
            if (reason != null && Str(op, "x-seedance-retry-reason") is null)
                Report(DiagnosticIds.Convention, Ptr(opPointer, "x-seedance-retry-reason"), "x-seedance-retry-reason must be a string");

            var states = ReadStates(op, opPointer, role);
            if (states.Count > 0) CheckStatusEnumIsMapped(opPointer, pending, states);

            string? mediaType = null;
            var examples = new List<string>();
            if (ResolveRefObject(op["requestBody"], "/components/requestBodies/")?["content"] is JsonObject content && content.Count > 0)
            {
                var first = content.First();
                mediaType = first.Key;
                if (first.Value?["examples"] is JsonObject named) examples.AddRange(named.Select(e => e.Key));
            }

            var parameters = pending.PathParameters
                .OrderBy(p => pending.Path.IndexOf("{" + p.Name + "}", StringComparison.Ordinal))
                .ToEquatableArray();
            return new OperationFacts(pending.Path, role, retry, Str(op, "x-seedance-retry-reason"), mediaType, examples.ToEquatableArray(), parameters, states.ToEquatableArray());
        }

        // Without x-seedance-retry the method decides, erring on the side of never replaying a POST:
        // a read sent with POST then merely loses its retries, while a create is never sent twice.
        private static RetryClass DefaultRetry(string method) =>
            method is "Post" or "Patch" ? RetryClass.Create : RetryClass.Idempotent;

        private T ReadKeyword<T>(JsonObject op, string opPointer, string keyword, IReadOnlyDictionary<string, T> allowed, T fallback)
        {
            if (op[keyword] is null) return fallback;
            var value = Str(op, keyword);
            if (value != null && allowed.TryGetValue(value, out var known)) return known;
            Report(DiagnosticIds.Convention, Ptr(opPointer, keyword),
                $"{keyword} '{value ?? op[keyword]!.ToJsonString()}' is unknown (expected one of: {string.Join(", ", allowed.Keys)})");
            return fallback;
        }

        private List<StatusWordModel> ReadStates(JsonObject op, string opPointer, JobRole role)
        {
            var result = new List<StatusWordModel>();
            var node = op["x-seedance-states"];
            if (node is null) return result;
            var pointer = Ptr(opPointer, "x-seedance-states");
            if (node is not JsonObject map || map.Count == 0)
            {
                Report(DiagnosticIds.Convention, pointer, "x-seedance-states must map each status word to a state (e.g. {queued: Queued})");
                return result;
            }
            if (role != JobRole.Status)
                Report(DiagnosticIds.Convention, pointer, "x-seedance-states belongs on the status operation (x-seedance-role: status)");
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in map)
            {
                var state = Str(map, entry.Key);
                if (state is null || !JobStates.Contains(state, StringComparer.Ordinal))
                {
                    Report(DiagnosticIds.Convention, Ptr(pointer, entry.Key),
                        $"status word '{entry.Key}' maps to '{state ?? entry.Value?.ToJsonString()}', which is not a state (expected one of: {string.Join(", ", JobStates)}; a word left out reads as Unknown)");
                    continue;
                }
                // Matching ignores case, so two spellings of one word would be ambiguous.
                if (!seen.Add(entry.Key))
                {
                    Report(DiagnosticIds.NameClash, Ptr(pointer, entry.Key), $"status word '{entry.Key}' is listed twice (matching ignores case)");
                    continue;
                }
                result.Add(new StatusWordModel(entry.Key, state));
            }
            return result;
        }

        // A status enum in the success response names every word the provider documents; a word left
        // out of x-seedance-states would silently read as Unknown.
        private void CheckStatusEnumIsMapped(string opPointer, PendingOperation pending, List<StatusWordModel> states)
        {
            if (pending.Response?.Type is not { Kind: TypeKind.Object, Name: { } name }) return;
            if (!_types.TryGetValue(name, out var type) || type is not ObjectTypeModel model) return;
            var status = model.Properties.FirstOrDefault(p => p.JsonName == "status" && p.Type.Kind == TypeKind.Enum);
            if (status is null || !_types.TryGetValue(status.Type.Name!, out var enumType) || enumType is not EnumTypeModel e) return;
            var words = new HashSet<string>(states.Select(s => s.Word), StringComparer.OrdinalIgnoreCase);
            foreach (var member in e.Members.Where(m => !words.Contains(m.Value)))
                Report(DiagnosticIds.Convention, Ptr(opPointer, "x-seedance-states"),
                    $"the status word '{member.Value}' of {e.Name} has no x-seedance-states entry (it would read as Unknown)", SpecSeverity.Warning);
        }
    }
}
