using System.Linq;
using System.Reflection;

namespace TossPayments.Benchmarks.Hosting
{
    /// <summary>Where the build put what the harness runs.</summary>
    internal static class Paths
    {
        public static string ModuleManifest => Metadata("ModuleManifest");

        public static string SandboxAssembly => Metadata("SandboxAssembly");

        public static string RepositoryRoot => Metadata("RepositoryRoot");

        private static string Metadata(string key) =>
            typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }
}
