using System.Text;

namespace Reporting.RunFormat.Tests;

public sealed class HashesTests
{
    // The digests are the published SHA-256 test vectors (FIPS 180-2, appendix B.1, and the empty message),
    // not values this code printed.
    private const string Abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private const string Empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Fact]
    public void The_hash_of_abc_is_the_published_test_vector_in_lower_case_hex()
    {
        Assert.Equal(Abc, Hashes.Sha256(Encoding.ASCII.GetBytes("abc")));
    }

    [Fact]
    public void The_hash_of_nothing_is_the_published_empty_message_digest()
    {
        Assert.Equal(Empty, Hashes.Sha256([]));
    }

    [Fact]
    public void A_file_hashes_to_the_hash_of_its_bytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"runformat-hash-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, Encoding.ASCII.GetBytes("abc"));
            Assert.Equal(Abc, Hashes.Sha256OfFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
