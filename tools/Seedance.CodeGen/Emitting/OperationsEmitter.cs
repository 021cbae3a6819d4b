using System;
using System.Collections.Generic;
using System.Linq;
using Seedance.CodeGen.Model;
using Seedance.CodeGen.Reading;

namespace Seedance.CodeGen.Emitting
{
    /// <summary>
    /// Emits the operation descriptors of a spec (<c>{Api}Operations</c>, one
    /// <c>Seedance.Generated.Runtime.OperationDescriptor</c> per operation, with an invoker that calls
    /// the generated request builder) and the <c>SeedanceOperations</c> index over every spec.
    /// </summary>
    public static partial class CSharpEmitter
    {
        private const string Ops = "global::Seedance.Generated.Runtime";

        /// <summary>The namespace of the index over every spec's descriptors.</summary>
        public const string OperationIndexNamespace = "Seedance.Generated";

        /// <summary>The class name of the index over every spec's descriptors.</summary>
        public const string OperationIndexClass = "SeedanceOperations";

        /// <summary>The descriptor class of a spec, e.g. <c>CometApiVideosOperations</c> for <c>CometApiVideosClient</c>.</summary>
        public static string OperationsClassName(SpecModel model)
        {
            var stem = model.ClientName.EndsWith("Client", StringComparison.Ordinal) && model.ClientName.Length > "Client".Length
                ? model.ClientName.Substring(0, model.ClientName.Length - "Client".Length)
                : model.ClientName;
            return stem + "Operations";
        }

        /// <summary>The fully qualified (<c>global::</c>) descriptor class of a spec.</summary>
        public static string OperationsClassFullName(SpecModel model) => "global::" + model.Namespace + "." + OperationsClassName(model);

        private static GeneratedFile EmitOperations(Context c)
        {
            var model = c.Model;
            var className = OperationsClassName(model);
            var operations = new List<(OperationModel Op, string Navigation)>();
            CollectOperations(model.Root, "client", operations);

            var w = Header(model.Namespace);
            w.Doc("summary", $"The operations of the {model.ProviderId} spec as descriptors: retry class, role, examples, status words and an invoker (docs/generator.md).");
            w.Line(GeneratedCode);
            w.Open($"internal static class {className}");
            var taken = new HashSet<string>(StringComparer.Ordinal) { "All", className };
            var names = operations.Select(o => Naming.Unique(Naming.Pascal(o.Op.OperationId), taken)).ToList();
            for (var i = 0; i < operations.Count; i++) EmitDescriptor(w, c, operations[i].Op, names[i]);
            w.Doc("summary", "Every operation of the spec, path by path (first seen in the spec).");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Ops}.OperationDescriptor> All {{ get; }} = new {Ops}.OperationDescriptor[] {{ {string.Join(", ", names)} }};");
            for (var i = 0; i < operations.Count; i++)
            {
                w.Line();
                EmitInvoker(w, c, operations[i].Op, operations[i].Navigation, names[i]);
            }
            w.Close();
            return new GeneratedFile(c.Hint(model.Namespace, className), Finish(w));
        }

        // Path order (first seen in the spec), then method order within a path, as the builders are emitted.
        private static void CollectOperations(RequestBuilderModel node, string navigation, List<(OperationModel, string)> into)
        {
            foreach (var op in node.Operations) into.Add((op, navigation));
            foreach (var child in node.Children)
            {
                var step = child.Parameter is { } parameter ? $"[{{{{{parameter.Name}}}}}]" : "." + child.PropertyName;
                CollectOperations(child, navigation + step, into);
            }
        }

        private static void EmitDescriptor(CodeWriter w, Context c, OperationModel op, string name)
        {
            var f = op.Facts;
            w.Doc("summary", $"{op.OperationId}: {op.Method.ToUpperInvariant()} {f.Path}.");
            w.Line($"public static readonly {Ops}.OperationDescriptor {name} = new {Ops}.OperationDescriptor(");
            w.Line($"    {CodeWriter.Literal(c.Model.ProviderId)},");
            w.Line($"    {CodeWriter.Literal(op.OperationId)},");
            w.Line($"    {CodeWriter.Literal(op.Method.ToUpperInvariant())},");
            w.Line($"    {CodeWriter.Literal(f.Path)},");
            w.Line($"    {Ops}.OperationRole.{f.Role},");
            w.Line($"    {Ops}.OperationRetry.{f.Retry},");
            w.Line($"    {(f.RetryReason is null ? "null" : CodeWriter.Literal(f.RetryReason))},");
            w.Line($"    {(f.RequestMediaType is null ? "null" : CodeWriter.Literal(f.RequestMediaType))},");
            w.Line($"    {ArrayLiteral(f.RequestExamples)},");
            w.Line($"    {Array($"{Ops}.PathParameterDescriptor", f.PathParameters.Select(p => $"new {Ops}.PathParameterDescriptor({CodeWriter.Literal(p.Name)}, {(p.Example is null ? "null" : CodeWriter.Literal(p.Example))})"))},");
            w.Line($"    {ArrayLiteral(FileParts(c, op))},");
            w.Line($"    {Array($"{Ops}.StatusWord", f.StatusWords.Select(s => $"new {Ops}.StatusWord({CodeWriter.Literal(s.Word)}, {Ops}.SpecJobState.{s.State})"))},");
            w.Line($"    Invoke{name});");
            w.Line();
        }

        private static string Array(string type, IEnumerable<string> items)
        {
            var list = items.ToList();
            return list.Count == 0 ? $"global::System.Array.Empty<{type}>()" : $"new {type}[] {{ {string.Join(", ", list)} }}";
        }

        private static ObjectTypeModel? MultipartBody(Context c, OperationModel op) =>
            op.Bodies.FirstOrDefault() is { Kind: BodyKind.Multipart } body && c.Types.TryGetValue(body.Type.Name!, out var t) ? t as ObjectTypeModel : null;

        private static IEnumerable<string> FileParts(Context c, OperationModel op) =>
            MultipartBody(c, op)?.Properties.Where(p => p.Type.Kind == TypeKind.Binary).Select(p => p.JsonName) ?? Enumerable.Empty<string>();

        private static void EmitInvoker(CodeWriter w, Context c, OperationModel op, string navigationTemplate, string name)
        {
            var key = CodeWriter.Literal(c.Model.ProviderId + "/" + op.OperationId);
            // {{name}} placeholders in the navigation become path values, falling back to the spec's example.
            var navigation = navigationTemplate;
            foreach (var p in op.Facts.PathParameters)
                navigation = navigation.Replace("{{" + p.Name + "}}", $"arguments.PathValue({CodeWriter.Literal(p.Name)}, {(p.Example is null ? "null" : CodeWriter.Literal(p.Example))})");
            navigation = System.Text.RegularExpressions.Regex.Replace(navigation, @"\{\{([^}]*)\}\}", m => $"arguments.PathValue({CodeWriter.Literal(m.Groups[1].Value)}, null)");

            w.Line($"private static async global::System.Threading.Tasks.Task<object?> Invoke{name}({K}.IRequestAdapter adapter, {Ops}.OperationArguments arguments, global::System.Collections.Generic.IEnumerable<{K}.IRequestOption>? options, global::System.Threading.CancellationToken cancellationToken)");
            w.Line("{");
            w.Line("    _ = arguments ?? throw new global::System.ArgumentNullException(nameof(arguments));");
            w.Line($"    var client = new global::{c.Model.Namespace}.{c.Model.ClientName}(adapter);");
            var bodyArg = "";
            var body = op.Bodies.FirstOrDefault();
            if (body != null)
            {
                bodyArg = "body, ";
                switch (body.Kind)
                {
                    case BodyKind.Json when body.Type.Kind == TypeKind.Array:
                        w.Line($"    var body = arguments.ParseBodyList<{c.Cs(body.Type.Item!)}>({key}, {c.Cs(body.Type.Item!)}.CreateFromDiscriminatorValue);");
                        break;
                    case BodyKind.Json:
                        w.Line($"    var body = arguments.ParseBody<{c.Cs(body.Type)}>({key}, {c.Cs(body.Type)}.CreateFromDiscriminatorValue);");
                        break;
                    case BodyKind.Multipart:
                        EmitMultipartArguments(w, c, MultipartBody(c, op)!, key);
                        break;
                    default:
                        // Raw and text bodies have no example form the descriptors could carry.
                        w.Line($"    throw new global::System.NotSupportedException({CodeWriter.Literal($"{c.Model.ProviderId}/{op.OperationId}: the generated invoker sends JSON and multipart bodies only ({body.ContentType})")});");
                        w.Line("}");
                        return;
                }
            }
            var call = $"{navigation}.{op.Method}Async({bodyArg}configuration => {Ops}.OperationSupport.AddOptions(configuration.Options, options), cancellationToken).ConfigureAwait(false)";
            if (op.Response is null)
            {
                w.Line($"    await {call};");
                w.Line("    return null;");
            }
            else
            {
                w.Line($"    return await {call};");
            }
            w.Line("}");
        }

        private static void EmitMultipartArguments(CodeWriter w, Context c, ObjectTypeModel m, string key)
        {
            var settable = new List<string>();
            var assignments = new List<string>();
            foreach (var p in m.Properties)
            {
                var wire = CodeWriter.Literal(p.JsonName);
                string? value = p.Type.Kind switch
                {
                    TypeKind.String => $"arguments.FormText({wire})",
                    TypeKind.Integer => $"arguments.FormInt({wire})",
                    TypeKind.Long => $"arguments.FormLong({wire})",
                    TypeKind.Number => $"arguments.FormDouble({wire})",
                    TypeKind.Boolean => $"arguments.FormBool({wire})",
                    TypeKind.DateTime => $"arguments.FormDateTime({wire})",
                    TypeKind.Enum => $"arguments.FormText({wire}) is string v_{p.CsName} ? new {c.Cs(p.Type)}(v_{p.CsName}) : ({c.Cs(p.Type)}?)null",
                    TypeKind.Binary => $"arguments.File({wire})",
                    _ => null, // arrays and objects have no text form in an example; CheckFormFields rejects them
                };
                if (value is null) continue;
                if (p.Type.Kind != TypeKind.Binary) settable.Add(p.JsonName);
                assignments.Add($"        {p.CsName} = {value},");
            }
            w.Line($"    arguments.CheckFormFields({key}{string.Concat(settable.Select(s => ", " + CodeWriter.Literal(s)))});");
            w.Line($"    var body = new {c.Full(m.Name)}");
            w.Line("    {");
            foreach (var a in assignments) w.Line(a);
            w.Line("    };");
        }

        /// <summary>
        /// The <c>SeedanceOperations</c> index: every spec's descriptors in one list, ordered by the
        /// descriptor class names given (the generator passes them sorted, so the order does not depend
        /// on file order).
        /// </summary>
        /// <param name="operationClasses">Fully qualified descriptor classes (<see cref="OperationsClassFullName"/>).</param>
        public static GeneratedFile EmitOperationIndex(IEnumerable<string> operationClasses)
        {
            var classes = operationClasses.ToList();
            var w = Header(OperationIndexNamespace);
            w.Doc("summary", "The descriptors of every operation of every spec (docs/generator.md, \"Operation descriptors\").");
            w.Line(GeneratedCode);
            w.Open($"internal static class {OperationIndexClass}");
            w.Doc("summary", "Every operation, spec by spec.");
            var all = $"global::System.Array.Empty<{Ops}.OperationDescriptor>()";
            if (classes.Count > 0)
            {
                var concat = classes[0] + ".All";
                foreach (var cls in classes.Skip(1)) concat = $"global::System.Linq.Enumerable.Concat({concat}, {cls}.All)";
                all = $"global::System.Linq.Enumerable.ToArray({concat})";
            }
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Ops}.OperationDescriptor> All {{ get; }} = {all};");
            w.Line();
            w.Doc("summary", "The descriptor of <c>api/operationId</c>, or null.");
            w.RawDoc("<param name=\"api\">The provider id (spec file stem).</param>");
            w.RawDoc("<param name=\"operationId\">The operationId.</param>");
            w.RawDoc("<returns>The descriptor, or null.</returns>");
            w.Open($"public static {Ops}.OperationDescriptor? Find(string api, string operationId)");
            w.Line("foreach (var descriptor in All)");
            w.Line("{");
            w.Line("    if (descriptor.Api == api && descriptor.OperationId == operationId) return descriptor;");
            w.Line("}");
            w.Line("return null;");
            w.Close();
            w.Close();
            return new GeneratedFile(OperationIndexNamespace + "." + OperationIndexClass + ".g.cs", Finish(w));
        }
    }
}
