using System.Collections.Generic;
using ArticleGen.Generator.Inputs;

namespace ArticleGen.Generator.Emit;

/// <summary>Turns the namespace and class name settings into valid C#, so that an odd setting cannot break the build.</summary>
internal static class CodeNames
{
    /// <summary>A valid, unescaped type name; <c>ArticleGenClassName</c> is used as written where it is valid.</summary>
    public static string TypeName(string className) => ArticleNaming.BaseName(className, className);

    /// <summary>A valid dotted namespace with keyword segments escaped, or empty for the global namespace.</summary>
    public static string Namespace(string ns)
    {
        var segments = new List<string>();
        foreach (string segment in ns.Split('.'))
        {
            if (segment.Trim().Length > 0)
            {
                segments.Add(ArticleNaming.EscapeKeyword(ArticleNaming.BaseName(segment, segment)));
            }
        }

        return string.Join(".", segments);
    }
}
