using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>What a block of the body is.</summary>
internal enum BlockKind : byte
{
    Paragraph,
    Caption,
    Credits,
    Copyright,
}

/// <summary>A block of the body with its kind and its text, whitespace collapsed.</summary>
internal readonly record struct BodyBlock(ParagraphFlow.Block Block, BlockKind Kind, string Content);

/// <summary>Sorts the body's blocks into copyright (the last block only), credits, photo captions and paragraphs.</summary>
internal static class BlockClassifier
{
    /// <param name="body">The page's text, as the blocks not read from the page are collapsed from it.</param>
    public static List<BodyBlock> Classify(SettledPage page, List<ParagraphFlow.Block> blocks, BodyText body)
    {
        var classified = new List<BodyBlock>(blocks.Count);
        for (int b = 0; b < blocks.Count; b++)
        {
            // Most body blocks are blocks of the page as well, already read: their text and furniture are taken from there.
            ParagraphFlow.Block block = blocks[b];
            BlockFacts? read = page.FactsAt(block.Start, block.End);
            string content = read?.Content ?? body.Collapse(block.Start, block.End);
            bool copyrightCloses = b == blocks.Count - 1;
            FurnitureKind furniture = read is not null && (copyrightCloses || read.Furniture != FurnitureKind.Copyright) ? read.Furniture : Furniture.KindOf(content, copyrightCloses);
            BlockKind kind = furniture switch
            {
                FurnitureKind.Copyright => BlockKind.Copyright,
                FurnitureKind.Credits => BlockKind.Credits,
                FurnitureKind.Caption => BlockKind.Caption,
                _ => BlockKind.Paragraph,
            };
            classified.Add(new BodyBlock(block, kind, content));
        }

        return classified;
    }
}
