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

        public static string EmptyModule => Metadata("EmptyModule");

        /// <summary>This harness's own assembly, run again as a child process for the probes.</summary>
        public static string Harness => typeof(Paths).Assembly.Location;

        private static string Metadata(string key) =>
            typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }
}
