using System;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    public sealed class StopProcessingTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

        [Fact]
        public async Task Stopping_the_pipeline_aborts_the_request_in_flight_and_sends_no_other()
        {
            // A server that reads the request and never answers: only the client can end it.
            using var silent = new TcpListener(IPAddress.Loopback, 0);
            silent.Start();
            var port = ((IPEndPoint)silent.LocalEndpoint).Port;
            using var session = new ModuleSession();
            session.Run($"Connect-TossPayments -SecretKey $key -BaseUri http://127.0.0.1:{port}/ -TimeoutSec 600 -MaximumRetryCount 0",
                variables: new System.Collections.Generic.Dictionary<string, object?> { ["key"] = ModuleSession.Secure("test_sk_stop") }).AssertNoErrors();
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = session.Runspace;
            shell.AddScript("'key-1', 'key-2' | Get-TossPayment -ThrottleLimit 1");

            var running = shell.BeginInvoke();
            using var connection = await silent.AcceptTcpClientAsync().WaitAsync(Patience);
            var stream = connection.GetStream();
            var request = await ReadUntilAsync(stream, "\r\n\r\n");
            await Task.Run(shell.Stop).WaitAsync(Patience);
            var afterStop = await ReadToEndAsync(stream);

            Assert.StartsWith("GET /v1/payments/key-1 ", request);
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
            Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(running));
            Assert.Equal("", afterStop);
            Assert.False(silent.Pending());
        }

        private static async Task<string> ReadUntilAsync(NetworkStream stream, string end)
        {
            var text = new StringBuilder();
            var buffer = new byte[4096];
            while (!text.ToString().Contains(end, StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(Patience);
                if (read == 0)
                {
                    break;
                }

                text.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            return text.ToString();
        }

        // Returns once the client closes the connection; anything it sent before that is returned.
        private static Task<string> ReadToEndAsync(NetworkStream stream) => ReadUntilAsync(stream, "\u0000never\u0000");
    }
}
