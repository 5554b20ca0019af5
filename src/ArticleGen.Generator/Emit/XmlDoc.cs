using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>Makes text safe inside a one-line <c>///</c> comment: escaped for XML, with nothing that ends the line.</summary>
internal static class XmlDoc
{
    public static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                default:
                    // Line breaks would end the comment; controls and lone surrogates are not valid XML (CS1570).
                    text.Append(CSharpLiteral.IsHidden(value, i) ? ' ' : c);
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
