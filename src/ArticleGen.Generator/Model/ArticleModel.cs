namespace ArticleGen.Generator.Model;

/// <summary>Everything one article's generated code is made from, and nothing else, so that it changes only with that file.</summary>
internal sealed record ArticleModel(
    string PartHintName,
    string Namespace,
    string ClassName,
    string Identifier,
    string Name,
    string RelativePath,
    string Raw,
    ParsedArticle Article)
{
    /// <returns>Null when the file is unreadable, so it gets no article.</returns>
    public static ArticleModel? Create(ParsedFile file, ArticleNames names)
    {
        NamedArticle? named = names.Find(file.Path);
        if (file.Article is null || named is null)
        {
            return null;
        }

        return new ArticleModel(
            named.PartHintName, names.Namespace, names.ClassName, named.Identifier, named.Name, named.RelativePath, file.Raw, file.Article);
    }
}
