using Microsoft.CodeAnalysis;
using Seedance.CodeGen.Diagnostics;

namespace Seedance.Generator
{
    /// <summary>The Roslyn descriptors for <see cref="DiagnosticIds"/>.</summary>
    public static class Descriptors
    {
        private const string Category = "Seedance.Spec";

        private static DiagnosticDescriptor Error(string id, string title) =>
            new DiagnosticDescriptor(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        /// <summary>SDG001.</summary>
        public static readonly DiagnosticDescriptor YamlSyntax = Error(DiagnosticIds.YamlSyntax, "YAML syntax error in a spec");

        /// <summary>SDG002.</summary>
        public static readonly DiagnosticDescriptor OpenApiInvalid = Error(DiagnosticIds.OpenApiInvalid, "Microsoft.OpenApi rejected the spec");

        /// <summary>SDG003.</summary>
        public static readonly DiagnosticDescriptor Unsupported = Error(DiagnosticIds.Unsupported, "Spec construct the generator cannot map");

        /// <summary>SDG004.</summary>
        public static readonly DiagnosticDescriptor Convention = Error(DiagnosticIds.Convention, "Spec convention broken");

        /// <summary>SDG005.</summary>
        public static readonly DiagnosticDescriptor BadReference = Error(DiagnosticIds.BadReference, "Unresolvable $ref");

        /// <summary>SDG006.</summary>
        public static readonly DiagnosticDescriptor NameClash = Error(DiagnosticIds.NameClash, "Two names map to the same C# name");

        /// <summary>SDG099.</summary>
        public static readonly DiagnosticDescriptor InternalError = Error(DiagnosticIds.InternalError, "The generator failed");

        /// <summary>SDG100: remarks (Microsoft.OpenApi warnings and the like); hidden from command-line builds.</summary>
        public static readonly DiagnosticDescriptor Info = new DiagnosticDescriptor("SDG100", "Spec remark", "{0}", Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

        /// <summary>SDG101: a spec warning (fails the build where warnings are errors).</summary>
        public static readonly DiagnosticDescriptor Warning = new DiagnosticDescriptor("SDG101", "Spec warning", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        /// <summary>The error descriptor for an id.</summary>
        public static DiagnosticDescriptor ForError(string id) => id switch
        {
            DiagnosticIds.YamlSyntax => YamlSyntax,
            DiagnosticIds.OpenApiInvalid => OpenApiInvalid,
            DiagnosticIds.Unsupported => Unsupported,
            DiagnosticIds.Convention => Convention,
            DiagnosticIds.BadReference => BadReference,
            DiagnosticIds.NameClash => NameClash,
            _ => InternalError,
        };
    }
}
