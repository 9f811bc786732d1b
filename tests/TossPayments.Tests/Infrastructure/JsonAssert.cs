using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TossPayments.Tests.Infrastructure
{
    /// <summary>Compares JSON by meaning: a missing field equals an explicit null; numbers compare by value.</summary>
    public static class JsonAssert
    {
        public static void Equivalent(string expected, string actual)
        {
            using var e = JsonDocument.Parse(expected);
            using var a = JsonDocument.Parse(actual);
            var differences = new List<string>();
            Compare(e.RootElement, a.RootElement, "$", differences);
            Assert.True(differences.Count == 0, "JSON differs:\n" + string.Join("\n", differences));
        }

        /// <summary>A string field at the top of a JSON object, such as an error answer's <c>code</c>.</summary>
        public static string? Field(string json, string name)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty(name).GetString();
        }

        /// <summary>Every property name in the document, as dotted paths (array elements as <c>[]</c>).</summary>
        public static SortedSet<string> FieldPaths(string json)
        {
            using var document = JsonDocument.Parse(json);
            var paths = new SortedSet<string>(StringComparer.Ordinal);
            Collect(document.RootElement, "", paths);
            return paths;
        }

        private static void Collect(JsonElement element, string prefix, SortedSet<string> paths)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    var path = prefix.Length == 0 ? property.Name : prefix + "." + property.Name;
                    paths.Add(path);
                    Collect(property.Value, path, paths);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, prefix + "[]", paths);
                }
            }
        }

        private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
        {
            if (expected.ValueKind == JsonValueKind.Object && actual.ValueKind == JsonValueKind.Object)
            {
                var names = expected.EnumerateObject().Select(p => p.Name).Union(actual.EnumerateObject().Select(p => p.Name));
                foreach (var name in names)
                {
                    var e = expected.TryGetProperty(name, out var ev) ? ev : default;
                    var a = actual.TryGetProperty(name, out var av) ? av : default;
                    Compare(e, a, path + "." + name, differences);
                }

                return;
            }

            if (expected.ValueKind == JsonValueKind.Array && actual.ValueKind == JsonValueKind.Array)
            {
                var e = expected.EnumerateArray().ToList();
                var a = actual.EnumerateArray().ToList();
                if (e.Count != a.Count)
                {
                    differences.Add($"{path}: {e.Count} elements, got {a.Count}");
                    return;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", differences);
                }

                return;
            }

            if (IsNullOrMissing(expected) && IsNullOrMissing(actual))
            {
                return;
            }

            var same = expected.ValueKind == actual.ValueKind && expected.ValueKind switch
            {
                JsonValueKind.Number => expected.GetDecimal() == actual.GetDecimal(),
                JsonValueKind.String => expected.GetString() == actual.GetString(),
                _ => expected.GetRawText() == actual.GetRawText(),
            };
            if (!same)
            {
                differences.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
            }
        }

        private static bool IsNullOrMissing(JsonElement element) => element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

        private static string Show(JsonElement element) => element.ValueKind == JsonValueKind.Undefined ? "(missing)" : element.GetRawText();
    }
}
