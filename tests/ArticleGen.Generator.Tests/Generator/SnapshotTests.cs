using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace ArticleGen.Generator.Tests.Generator;

/// <summary>The generated code itself, reviewed as approved files in <c>Snapshots/</c>.</summary>
public class SnapshotTests
{
    [Fact]
    public void Seed()
    {
        Dictionary<string, string> files = new TestProject(new[] { Fixtures.Article(Fixtures.Seed) }).Generate();

        Assert.Equal(new[] { "Articles.Part001.g.cs", "Articles.g.cs" }, files.Keys.Order(StringComparer.Ordinal));
        Snapshot.Match(files["Articles.g.cs"], "Seed.Index");
        Snapshot.Match(files["Articles.Part001.g.cs"], "Seed.Article");
    }

    [Fact]
    public void Seed_WithoutTextConstants()
    {
        Dictionary<string, string> properties = TestProject.DefaultProperties();
        properties["ArticleGenTextConstants"] = "false";

        Dictionary<string, string> files = new TestProject(new[] { Fixtures.Article(Fixtures.Seed) }, properties).Generate();

        Snapshot.Match(files["Articles.Part001.g.cs"], "Seed.Article.TextProperties");
    }

    /// <summary>Three articles in one project: one part holds them all, properties first, then their constants.</summary>
    [Fact]
    public void Synth()
    {
        Dictionary<string, string> files = new TestProject(new[]
        {
            Fixtures.Article("synth/002-ec-ministers-bid-to-save-dairy-accord"), // ldn2000 layout, with a byline
            Fixtures.Article("synth/005-hk-hotels-soars-on-takeover-speculation"), // ldn2001 layout, with a photo
            Fixtures.Article("synth/015-sanwa-bank-acquires-small-stake-in-portuguese-ba"), // a clean fixture
        }).Generate();

        Assert.Equal(new[] { "Articles.Part001.g.cs", "Articles.g.cs" }, files.Keys.Order(StringComparer.Ordinal));
        Snapshot.Match(files["Articles.Part001.g.cs"], "Synth.Part001");
    }

    [Fact]
    public void A_missing_snapshot_fails_and_writes_the_received_file()
    {
        string folder = Path.Combine(Path.GetTempPath(), "articlegen-snapshot-" + Guid.NewGuid().ToString("N"));
        try
        {
            var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Snapshot.Match("class A { }", "Missing", approve: false, folder));

            Assert.Contains("has no approved snapshot", failure.Message);
            Assert.Equal("class A { }", File.ReadAllText(Path.Combine(folder, "Missing.received.cs")));
            Assert.False(File.Exists(Path.Combine(folder, "Missing.approved.cs")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_changed_output_fails_with_a_diff_and_approving_accepts_it()
    {
        string folder = Path.Combine(Path.GetTempPath(), "articlegen-snapshot-" + Guid.NewGuid().ToString("N"));
        try
        {
            Snapshot.Match("line 1\nline 2\n", "Changed", approve: true, folder);
            Snapshot.Match("line 1\nline 2\n", "Changed", approve: false, folder);

            var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Snapshot.Match("line 1\nline two\n", "Changed", approve: false, folder));

            Assert.Contains("- line 2", failure.Message);
            Assert.Contains("+ line two", failure.Message);
            Assert.True(File.Exists(Path.Combine(folder, "Changed.received.cs")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
