using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>The environment variables are process-wide, so every test that sets or needs them unset runs alone.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class EnvironmentCollection
    {
        public const string Name = "Process environment";
    }

    [Collection(EnvironmentCollection.Name)]
    public sealed class ConnectionTests : IAsyncLifetime
    {
        private const string SentinelKey = "test_sk_SENTINELconnection0123456789";
        private SandboxServer? _sandbox;
        private SandboxServer Sandbox => _sandbox!;

        public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Seed = 5, Payments = 30, LogRequests = false });

        // The module's own list, so a variable added there is cleared here too.
        private static readonly Lazy<string[]> Variables = new(() =>
        {
            using var session = new ModuleSession();
            return session.Run("[TossPayments.PowerShell.Connections.TossPaymentsConnection]::EnvironmentVariables").Output.Select(o => o.ToString()).ToArray();
        });

        public async Task DisposeAsync()
        {
            foreach (var name in Variables.Value)
            {
                Environment.SetEnvironmentVariable(name, null);
            }

            await Sandbox.DisposeAsync();
        }

        private string AnyDoneKey => Sandbox.Store.All.First(p => p.Status == SandboxStatus.DONE).PaymentKey;

        [Fact]
        public void Every_environment_variable_a_connection_reads_is_in_about_TossPayments()
        {
            var about = System.IO.File.ReadAllText(System.IO.Path.Combine(ModuleSession.RepositoryRoot, "module", "TossPayments", "en-US", "about_TossPayments.help.txt"));

            Assert.Equal(7, Variables.Value.Length);
            Assert.All(Variables.Value, name => Assert.Contains(name, about));
        }

        [Fact]
        public void Cmdlet_without_any_connection_stops_with_NotConnected_and_says_how_to_connect()
        {
            using var session = new ModuleSession();

            // try/catch catches only terminating errors, so reaching catch proves the command stopped.
            var result = session.Run("try { 'a', 'b' | Get-TossPayment } catch { $_ }");

            result.AssertNoErrors();
            var error = (ErrorRecord)Assert.Single(result.Output).BaseObject;
            Assert.StartsWith("TossPaymentsNotConnected,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.Contains("Connect-TossPayments", error.Exception.Message);
            Assert.Contains("TOSSPAYMENTS_SECRET_KEY", error.Exception.Message);
        }

        [Fact]
        public void Environment_variables_make_a_connection_when_none_was_set()
        {
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_SECRET_KEY", SentinelKey);
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_BASE_URI", Sandbox.BaseAddress.ToString());
            using var session = new ModuleSession();

            var result = session.Run($"Get-TossPayment {AnyDoneKey}");

            result.AssertNoErrors();
            Assert.Equal(AnyDoneKey, result.Get(0, "PaymentKey"));
        }

        [Fact]
        public void Retry_settings_from_the_environment_apply_to_the_environment_connection()
        {
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_SECRET_KEY", SentinelKey);
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_BASE_URI", Sandbox.BaseAddress.ToString());
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_MAXIMUM_RETRY_COUNT", "3");
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_RETRY_INTERVAL_SEC", "0.001");
            Sandbox.Faults.ServerErrorRate = 1;
            using var session = new ModuleSession();

            var result = session.Run($"Get-TossPayment {AnyDoneKey}");

            Assert.StartsWith("FAILED_INTERNAL_SYSTEM_PROCESSING,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(4, Sandbox.Requests.Count);
        }

        [Fact]
        public void Invalid_environment_setting_stops_the_command_and_names_the_variable()
        {
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_SECRET_KEY", SentinelKey);
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_MAXIMUM_RETRY_COUNT", "lots");
            using var session = new ModuleSession();

            var result = session.Run("try { Get-TossPayment any-key } catch { $_ }");

            var error = (ErrorRecord)Assert.Single(result.Output).BaseObject;
            Assert.StartsWith("TossPaymentsInvalidConnection,", error.FullyQualifiedErrorId);
            Assert.Contains("TOSSPAYMENTS_MAXIMUM_RETRY_COUNT", error.ToString());
            Assert.DoesNotContain("SENTINEL", error.ToString());
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public void Connect_TossPayments_wins_over_the_environment_variables()
        {
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_SECRET_KEY", SentinelKey);
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_BASE_URI", "http://127.0.0.1:9/");
            using var session = new ModuleSession();
            session.Connect(Sandbox.BaseAddress);

            var result = session.Run($"Get-TossPayment {AnyDoneKey}");

            result.AssertNoErrors();
        }

        [Fact]
        public void Connection_parameter_wins_over_the_session_connection()
        {
            using var session = new ModuleSession();
            session.Connect(new Uri("http://127.0.0.1:9/"));
            var variables = new Dictionary<string, object?> { ["key"] = ModuleSession.Secure(SentinelKey), ["uri"] = Sandbox.BaseAddress };

            var result = session.Run(
                "$mine = Connect-TossPayments -SecretKey $key -BaseUri $uri -PassThru; Connect-TossPayments -SecretKey $key -BaseUri http://127.0.0.1:9/; " +
                $"Get-TossPayment {AnyDoneKey} -Connection $mine", variables: variables);

            result.AssertNoErrors();
            Assert.Equal(AnyDoneKey, result.Output.Last().Properties["PaymentKey"].Value);
        }

        [Fact]
        public async Task Two_runspaces_keep_their_own_connections()
        {
            await using var other = await SandboxServer.StartAsync(new SandboxOptions { Seed = 99, Payments = 30, LogRequests = false });
            using var first = new ModuleSession();
            using var second = new ModuleSession();
            first.Connect(Sandbox.BaseAddress);
            second.Connect(other.BaseAddress);

            var fromFirst = first.Run($"Get-TossPayment {AnyDoneKey}");
            var fromSecond = second.Run($"Get-TossPayment {AnyDoneKey}");

            fromFirst.AssertNoErrors();
            Assert.StartsWith("NOT_FOUND_PAYMENT", Assert.Single(fromSecond.Errors).FullyQualifiedErrorId);
            Assert.Equal(1, other.Requests.Count);
        }

        [Fact]
        public void Disconnect_forgets_the_connection()
        {
            using var session = new ModuleSession();
            session.Connect(Sandbox.BaseAddress);

            var result = session.Run("Disconnect-TossPayments; Get-TossPayment any-key");

            Assert.StartsWith("TossPaymentsNotConnected,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void PassThru_connection_shows_mode_address_and_a_masked_key_only()
        {
            using var session = new ModuleSession();
            var variables = new Dictionary<string, object?> { ["key"] = ModuleSession.Secure(SentinelKey), ["uri"] = Sandbox.BaseAddress };

            var result = session.Run("$c = Connect-TossPayments -SecretKey $key -BaseUri $uri -PassThru; $c; \"$c\"; [System.Management.Automation.PSSerializer]::Serialize($c)", variables: variables);

            result.AssertNoErrors();
            Assert.Equal("Test", result.Get(0, "Mode")!.ToString());
            Assert.Equal("test_sk_****6789", result.Get(0, "SecretKey"));
            Assert.All(result.Output.Skip(1), text => Assert.DoesNotContain("SENTINEL", text.ToString()));
        }

        [Fact]
        public void Connect_refuses_plain_http_to_a_remote_host()
        {
            using var session = new ModuleSession();

            var result = session.Run("Connect-TossPayments -SecretKey $key -BaseUri http://api.example.test/",
                variables: new Dictionary<string, object?> { ["key"] = ModuleSession.Secure(SentinelKey) });

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InsecureBaseAddress,", error.FullyQualifiedErrorId);
            Assert.DoesNotContain("SENTINEL", error.ToString());
        }
    
        [Theory]
        [InlineData("TOSSPAYMENTS_TIMEOUT_SEC", "1e300")]
        [InlineData("TOSSPAYMENTS_TIMEOUT_SEC", "Infinity")]
        [InlineData("TOSSPAYMENTS_TIMEOUT_SEC", "NaN")]
        [InlineData("TOSSPAYMENTS_TIMEOUT_SEC", "0")]
        [InlineData("TOSSPAYMENTS_MAXIMUM_RETRY_COUNT", "2.5")]
        [InlineData("TOSSPAYMENTS_MAXIMUM_RETRY_COUNT", "11")]
        [InlineData("TOSSPAYMENTS_MAXIMUM_RETRY_COUNT", "-1")]
        [InlineData("TOSSPAYMENTS_RETRY_INTERVAL_SEC", "1e300")]
        [InlineData("TOSSPAYMENTS_MAXIMUM_RETRY_DURATION_SEC", "-Infinity")]
        [InlineData("TOSSPAYMENTS_ACCEPT_LANGUAGE", "fr-FR")]
        public void An_environment_setting_out_of_range_is_InvalidConnection_naming_the_variable_and_its_range(string variable, string value)
        {
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_SECRET_KEY", SentinelKey);
            Environment.SetEnvironmentVariable("TOSSPAYMENTS_BASE_URI", Sandbox.BaseAddress.ToString());
            Environment.SetEnvironmentVariable(variable, value);
            using var session = new ModuleSession();

            var result = session.Run("try { Get-TossPayment any-key } catch { $_ }");

            var error = (ErrorRecord)Assert.Single(result.Output).BaseObject;
            Assert.StartsWith("TossPaymentsInvalidConnection,", error.FullyQualifiedErrorId);
            Assert.Contains(variable, error.ToString());
            Assert.Matches(variable.EndsWith("LANGUAGE", StringComparison.Ordinal) ? "ko-KR, en-US" : @"from -?\d+ to \d+", error.ToString());
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Theory]
        [InlineData("-TimeoutSec 0")]
        [InlineData("-TimeoutSec 1e300")]
        [InlineData("-TimeoutSec ([double]::NaN)")]
        [InlineData("-TimeoutSec ([double]::PositiveInfinity)")]
        [InlineData("-MaximumRetryCount 11")]
        [InlineData("-RetryIntervalSec -1")]
        [InlineData("-MaximumRetryDurationSec 1e9")]
        public void A_connect_parameter_out_of_range_is_InvalidConnection_naming_the_parameter_and_its_range(string parameter)
        {
            using var session = new ModuleSession();

            var result = session.Run("Connect-TossPayments -SecretKey $key -BaseUri $uri " + parameter,
                variables: new Dictionary<string, object?> { ["key"] = ModuleSession.Secure(SentinelKey), ["uri"] = Sandbox.BaseAddress });

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("TossPaymentsInvalidConnection,", error.FullyQualifiedErrorId);
            Assert.Contains(parameter.Split(' ')[0], error.ToString());
            Assert.Matches(@"from -?\d+ to \d+", error.ToString());
        }

        [Theory]
        [InlineData("", null)]
        [InlineData("-TimeoutSec 45", 45.0)]
        public void Without_TimeoutSec_each_kind_of_request_keeps_the_APIs_own_timeout(string parameter, double? timeoutSec)
        {
            using var session = new ModuleSession();

            var result = session.Run("Connect-TossPayments -SecretKey $key -BaseUri $uri -PassThru " + parameter,
                variables: new Dictionary<string, object?> { ["key"] = ModuleSession.Secure(SentinelKey), ["uri"] = Sandbox.BaseAddress });

            result.AssertNoErrors();
            Assert.Equal(timeoutSec, (double?)result.Get(0, "TimeoutSec"));
        }

        [Theory]
        [InlineData("test_sk_SENTINEL_9f8e7d6c5b4a", "test_sk_****5b4a")]
        [InlineData("live_gsk_SENTINEL_abc_def_9876", "live_gsk_****9876")]
        [InlineData("test_gsk_SENTINELgsk0123456789", "test_gsk_****6789")]
        public void The_masked_key_shows_the_kind_of_key_and_its_last_four_characters_only(string key, string masked)
        {
            using var session = new ModuleSession();
            var uri = key.StartsWith("live", StringComparison.Ordinal) ? new Uri("https://api.tosspayments.com/") : Sandbox.BaseAddress;

            var result = session.Run("Connect-TossPayments -SecretKey $key -BaseUri $uri -PassThru -Verbose 4>&1",
                variables: new Dictionary<string, object?> { ["key"] = ModuleSession.Secure(key), ["uri"] = uri });

            result.AssertNoErrors();
            Assert.Equal(masked, result.Output.Select(o => o.Properties["SecretKey"]?.Value).OfType<string>().Single());
            Assert.All(result.Output, o => Assert.DoesNotContain("SENTINEL", o.ToString()));
        }
    }
}
