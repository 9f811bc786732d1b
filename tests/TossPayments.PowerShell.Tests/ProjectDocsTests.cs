using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>The project's own documents carry what its code and comments refer to.</summary>
    public sealed class ProjectDocsTests
    {
        private static readonly string Root = ModuleSession.RepositoryRoot;

        [Fact]
        public void Every_API_notes_reference_in_the_code_names_a_section_of_docs_API_NOTES()
        {
            var notes = File.ReadAllText(Path.Combine(Root, "docs", "API-NOTES.md"));
            var sources = new[] { "src", "tests", "bench" }
                .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories))
                .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

            var references = sources
                .SelectMany(file => Regex.Matches(Regex.Replace(File.ReadAllText(file), @"\s*\n\s*(///|//)?\s*", " "), @"API notes (§\d+[a-z]?(?:, §\d+[a-z]?)*)")
                    .SelectMany(m => m.Groups[1].Value.Split(", "))
                    .Select(section => (File: Path.GetRelativePath(Root, file), Section: section)))
                .ToList();

            Assert.NotEmpty(references);
            Assert.All(references, r => Assert.True(Resolves(notes, r.Section), $"{r.File} cites API notes {r.Section}, which docs/API-NOTES.md does not have"));
        }

        [Fact]
        public void No_comment_cites_a_document_users_never_see()
        {
            var citing = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
                .Where(file => File.ReadAllText(file).Contains("API facts"))
                .Select(file => Path.GetRelativePath(Root, file));

            Assert.Empty(citing);
        }

        // "§2" is a "## §2" heading, "§11" a "## §11" one; "§8g" a "**(g)" point under "## §8".
        private static bool Resolves(string notes, string section)
        {
            var parts = Regex.Match(section, @"^§(\d+)([a-z]?)$");
            var heading = notes.IndexOf("## §" + parts.Groups[1].Value + " ", System.StringComparison.Ordinal);
            var point = parts.Groups[2].Value;
            if (heading < 0 || point.Length == 0)
            {
                return heading >= 0;
            }

            var next = notes.IndexOf("\n## ", heading + 1, System.StringComparison.Ordinal);
            var body = next < 0 ? notes[heading..] : notes[heading..next];
            return body.Contains("**(" + point + ")", System.StringComparison.Ordinal);
        }
    }
}
