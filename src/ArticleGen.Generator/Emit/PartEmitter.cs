using System;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emit;

/// <summary>Writes one generated file of articles: their properties, then their classes of constants.</summary>
internal static class PartEmitter
{
    public static string Emit(PartModel part)
    {
        SourceWriter writer = GeneratedFile.Begin(part.Namespace, part.ClassName, Array.Empty<string>());
        for (int i = 0; i < part.Articles.Count; i++)
        {
            writer.Code(part.Articles[i].Members).Line();
        }

        writer.Open("public static partial class Constants");
        for (int i = 0; i < part.Articles.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            writer.Code(part.Articles[i].Constants);
        }

        writer.Close();
        return GeneratedFile.End(writer, part.Namespace);
    }
}
