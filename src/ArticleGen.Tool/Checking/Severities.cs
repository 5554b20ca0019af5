using Microsoft.CodeAnalysis;

namespace ArticleGen.Tool.Checking;

internal static class Severities
{
    /// <summary>
    /// The diagnostic at another severity, as the compiler makes it when a config changes one (its own
    /// <c>WithSeverity</c> is internal): same ID, message, place, title, help link and properties.
    /// </summary>
    public static Diagnostic With(Diagnostic diagnostic, DiagnosticSeverity severity)
    {
        DiagnosticDescriptor descriptor = diagnostic.Descriptor;
        return Diagnostic.Create(
            diagnostic.Id,
            descriptor.Category,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            severity,
            descriptor.DefaultSeverity,
            isEnabledByDefault: true,
            warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1,
            title: descriptor.Title,
            description: descriptor.Description,
            helpLink: descriptor.HelpLinkUri,
            location: diagnostic.Location,
            properties: diagnostic.Properties);
    }
}
