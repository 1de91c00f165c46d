#!/usr/bin/env bash
# The house rules of issue 10, applied to the tree as it is: one field-naming style, warnings as errors,
# a test project per src project and one shared test-support project. Re-runnable: every step checks
# what is already done, so a second run changes nothing. It ends with a build that treats warnings as
# errors and the whole test suite, and exits non-zero if either fails.
#
#   tools/house-rules.sh            # apply, build, test
#   tools/house-rules.sh --no-test  # apply and build only
#   tools/house-rules.sh --moves-only  # only the file moves and edits (steps 1-5): no rename, build or test
#
# Run it from a clean checkout (git status empty) so its changes can be reviewed with `git status`/`git diff`.
# Moves use `git mv`, so history follows the files.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

run_tests=1 moves_only=0
[ "${1:-}" = "--no-test" ] && run_tests=0
[ "${1:-}" = "--moves-only" ] && moves_only=1

step() { printf '\n== %s\n' "$*"; }
if [ -n "$(git status --porcelain)" ]; then
  echo "warning: the working tree has uncommitted changes; they will be mixed with this script's." >&2
fi

# Moves one file with git (creating the folder); no-op when the source is gone.
move() {
  local from="$1" to="$2"
  [ -e "$from" ] || return 0
  mkdir -p "$(dirname "$to")"
  if git ls-files --error-unmatch "$from" >/dev/null 2>&1; then git mv -k "$from" "$to"; else mv "$from" "$to"; fi
}

# Moves every file of a folder (keeping sub-folders), then removes the emptied folder.
move_tree() {
  local from="$1" to="$2" file
  [ -d "$from" ] || return 0
  while IFS= read -r -d '' file; do
    move "$file" "$to/${file#"$from"/}"
  done < <(find "$from" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print0)
  find "$from" -depth -type d -empty -delete 2>/dev/null || true
  rm -rf "$from/bin" "$from/obj"
  rmdir "$from" 2>/dev/null || true
}

# In-place Perl edit of every C# source file under the given folders.
edit_cs() {
  local expr="$1"; shift
  find "$@" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' -print0 2>/dev/null | xargs -0 -r perl -0pi -e "$expr"
}

# Usings after the moves: a test-namespace import that no longer names a namespace of the file's own
# project is dropped; files that use a Reporting.Testing helper import it; duplicate using lines (warning
# CS0105, an error here) are dropped.
tidy_usings() {
  local project declared
  for project in tests/*/; do
    project="${project%/}"
    [ "$project" = tests/Reporting.TestSupport ] && continue
    declared="$(find "$project" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' -print0 |
      xargs -0 -r perl -ne 'print "$1 " if /^namespace ([\w.]+)\s*[;{]?/' )"
    DECLARED=" $declared " edit_cs '
      s/\bReporting\.Tests\.Support\.Dates\b/Reporting.Testing.Dates/g;
      s/^using (Reporting\.[\w.]*Tests\b[\w.]*);\n/index($ENV{DECLARED}, " $1 ") >= 0 ? "using $1;\n" : ""/mge;
      if (/\b(Approvals|PdfText|Repo|Dates|TemporaryFolder|TempDeal|CliRun)\b/ && !/^using Reporting\.Testing;$/m) {
        s/(.*^using [^\n]*;\n)/$1using Reporting.Testing;\n/ms or s/^namespace /using Reporting.Testing;\n\nnamespace /m;
      }
      my %seen; s/^(using [^\n;=]+;)\n/$seen{$1}++ ? "" : "$1\n"/mge;
      s/\A\n+//;' "$project"
  done
}

ensure_line_in_csproj() { # csproj, xml line, marker of the ItemGroup to add it to (grep -F)
  local csproj="$1" line="$2"
  grep -qF "$line" "$csproj" && return 0
  LINE="$line" perl -0pi -e 's|\n</Project>|\n  <ItemGroup>\n    $ENV{LINE}\n  </ItemGroup>\n</Project>|' "$csproj"
}

test_csproj() { # path, comment, extra property lines, package lines, project lines
  local path="$1"
  [ -f "$path" ] && return 0
  mkdir -p "$(dirname "$path")"
  cat > "$path" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <!-- $2 -->
  <PropertyGroup>
    <IsPackable>false</IsPackable>
    <IsTestProject>true</IsTestProject>
$3  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" />
    <PackageReference Include="xunit" />
    <PackageReference Include="xunit.runner.visualstudio" />
$4  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Reporting.TestSupport\\Reporting.TestSupport.csproj" />
$5  </ItemGroup>
  <ItemGroup>
    <Using Include="Xunit" />
  </ItemGroup>
</Project>
EOF
}

# ---------------------------------------------------------------------------------------------------
step "1. one shared test-support project: tests/Reporting.TestSupport"
support=tests/Reporting.TestSupport
if [ ! -f $support/Reporting.TestSupport.csproj ]; then
  mkdir -p $support
  cat > $support/Reporting.TestSupport.csproj <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <!--
    What every test project shares: approved-output files, PDFs as text, repository paths, date literals,
    scratch folders and deals, and the `reporting` command run as a process. A library, not a test project;
    it references none of ours, so any test project can use it.
  -->
  <PropertyGroup>
    <RootNamespace>Reporting.Testing</RootNamespace>
    <IsPackable>false</IsPackable>
    <IsTestProject>false</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="NodaTime" />
    <PackageReference Include="PdfPig" />
  </ItemGroup>
</Project>
EOF
fi
move tests/Shared/Approvals.cs $support/Approvals.cs
move tests/Shared/PdfText.cs $support/PdfText.cs
move tests/Shared/README.md $support/README.md
rmdir tests/Shared 2>/dev/null || true
for helper in Repo Dates CliRun TempDeal; do
  move tests/Reporting.Tests/Support/$helper.cs $support/$helper.cs
done
rmdir tests/Reporting.Tests/Support 2>/dev/null || true
move tests/Reporting.Documents.Tests/Support/TemporaryFolder.cs $support/TemporaryFolder.cs
# The helpers become public members of Reporting.Testing.
edit_cs 's/^namespace Reporting\.(Tests|Documents\.Tests)\.Support;/namespace Reporting.Testing;/m;
         s/^internal (sealed |static )?(class|record)\b/public $1$2/mg' $support
# The archive tests' TempFolder is the same scratch folder: one type, TemporaryFolder, with both helpers.
if ! grep -q 'Combine(params string' $support/TemporaryFolder.cs; then
  perl -0pi -e 's|"reporting-docs-" \+ Guid|"reporting-tests-" + Guid|;
                s|/// <summary>A scratch templates folder for one test, deleted afterwards.</summary>|/// <summary>A scratch folder for one test under the system temp folder, deleted afterwards.</summary>|;
                s|(    public string Path \{ get; \}\n)|$1\n    public string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());\n|;
                s|    public void Dispose\(\) => Directory.Delete\(Path, recursive: true\);|    public void Dispose()\n    {\n        try { Directory.Delete(Path, recursive: true); }\n        catch (IOException) { /* a child process may still hold a file; the OS temp cleaner will get it */ }\n    }|' \
    $support/TemporaryFolder.cs
fi
if [ -f tests/Reporting.Archive.Tests/Support/TempFolder.cs ]; then
  git rm -q tests/Reporting.Archive.Tests/Support/TempFolder.cs
fi
edit_cs 's/\bTempFolder\b/TemporaryFolder/g' tests/Reporting.Archive.Tests
cat > $support/README.md <<'EOF'
# Reporting.TestSupport

The one library of helpers the test projects share (namespace `Reporting.Testing`). Every test project
references it; add a helper here, not a copy in a test project, when a second project needs it.

- `Approvals.Verify(text)` compares `text` with `{TestFile}.{TestName}.approved.txt` beside the test
  file. On a mismatch it writes `{TestFile}.{TestName}.received.txt` (git-ignored via `*.received.*`)
  and fails with a diff. Approve by reviewing the received file and renaming it. Pass `scrubbers` only
  for values that legitimately vary (versions, run dates); nothing is scrubbed by default.
- `PdfText.Describe(pdfBytes)` renders a PDF as text for approval: page count, metadata, then the
  words of each page line by line in reading order.
- `Repo.Root`, `Repo.Path(...)`, `Repo.Deal(id)`: paths in the repository, found from the test assembly.
- `Dates.D("2006-11-27")`: a `LocalDate` literal.
- `TemporaryFolder`, `TempDeal`: scratch folders (a copy of a sample deal) deleted on dispose.
- `CliRun.Of(args)`, `CliRun.In(folder, environment, args)`: the built `reporting` command run as a
  process (the test project must reference `Reporting.Cli` so `Reporting.Cli.dll` is beside the tests).
EOF

# ---------------------------------------------------------------------------------------------------
step "2. a test project per src project"
test_csproj tests/Reporting.Cycle.Tests/Reporting.Cycle.Tests.csproj \
  "The monthly cycle: planners, run folder, approved outputs of the sample deals (run in process and as the command)." \
  "" \
  "    <PackageReference Include=\"NodaTime.Testing\" />
    <PackageReference Include=\"PdfPig\" />
    <PackageReference Include=\"NJsonSchema\" />
    <PackageReference Include=\"YamlDotNet\" />
" \
  "    <ProjectReference Include=\"..\\..\\src\\Reporting.Cycle\\Reporting.Cycle.csproj\" />
    <ProjectReference Include=\"..\\..\\src\\Reporting.Cli\\Reporting.Cli.csproj\" />
"
test_csproj tests/Reporting.Cli.Tests/Reporting.Cli.Tests.csproj \
  "The command-line contract of CLI.md, run as a user would: the built command in a child process." \
  "" \
  "    <PackageReference Include=\"NodaTime.Testing\" />
" \
  "    <ProjectReference Include=\"..\\..\\src\\Reporting.Cli\\Reporting.Cli.csproj\" />
"
test_csproj tests/Reporting.Templating.Tests/Reporting.Templating.Tests.csproj \
  "The template front end: strict rendering, escaping, formats, confined includes." \
  "    <!-- Culture tests switch to de-DE, which needs ICU rather than the invariant-only mode. -->
    <InvariantGlobalization>false</InvariantGlobalization>
" \
  "" \
  "    <ProjectReference Include=\"..\\..\\src\\Reporting.Templating\\Reporting.Templating.csproj\" />
"
move_tree tests/Reporting.Tests/Cycle tests/Reporting.Cycle.Tests
move_tree tests/Reporting.Tests/Cli tests/Reporting.Cli.Tests
move tests/Reporting.Documents.Tests/Templates/TemplateTests.cs tests/Reporting.Templating.Tests/TemplateTests.cs
edit_cs 's/^namespace Reporting\.Documents\.Tests\.Templates;/namespace Reporting.Templating.Tests;/m' tests/Reporting.Templating.Tests

# Every src project has its test project: tests/<name>.Tests (the domain library's is Reporting.Tests).
missing=0
for project in src/*/; do
  name="$(basename "$project")"
  if [ ! -f "tests/$name.Tests/$name.Tests.csproj" ]; then echo "missing: tests/$name.Tests" >&2; missing=1; fi
done
[ $missing = 0 ] || { echo "add the missing test project(s) above to this script" >&2; exit 1; }

# The new test projects see the internals the old one saw.
for csproj in src/*/*.csproj; do
  grep -q '<InternalsVisibleTo Include="Reporting.Tests" />' "$csproj" || continue
  for friend in Reporting.Cycle.Tests Reporting.Cli.Tests; do
    grep -q "<InternalsVisibleTo Include=\"$friend\" />" "$csproj" ||
      perl -0pi -e "s|( *)<InternalsVisibleTo Include=\"Reporting.Tests\" />|\$1<InternalsVisibleTo Include=\"Reporting.Tests\" />\n\$1<InternalsVisibleTo Include=\"$friend\" />|" "$csproj"
  done
done
grep -q '<InternalsVisibleTo Include="Reporting.Templating.Tests" />' src/Reporting.Templating/Reporting.Templating.csproj ||
  ensure_line_in_csproj src/Reporting.Templating/Reporting.Templating.csproj '<InternalsVisibleTo Include="Reporting.Templating.Tests" />'

# Every test project references the support library instead of linking its files.
for csproj in tests/*.Tests/*.csproj; do
  perl -0pi -e 's|\n *<ItemGroup>\n(?: *<Compile Include="\.\.\\Shared\\[^"]+" Link="[^"]+" />\n)+ *</ItemGroup>||;
                s|\n *<Compile Include="\.\.\\Shared\\[^"]+" Link="[^"]+" />||g' "$csproj"
  ensure_line_in_csproj "$csproj" '<ProjectReference Include="..\Reporting.TestSupport\Reporting.TestSupport.csproj" />'
done

# The domain tests keep only the references they still use.
if ! grep -rqE 'Reporting\.Cycle\b|\bCliRun\b' --include=*.cs tests/Reporting.Tests; then
  perl -0pi -e 's|\n *<ProjectReference Include="\.\.\\\.\.\\src\\Reporting\.Cycle\\Reporting\.Cycle\.csproj" />||' tests/Reporting.Tests/Reporting.Tests.csproj
fi
if ! grep -rqE 'Reporting\.Cli\b|\bCliRun\b' --include=*.cs tests/Reporting.Tests; then
  perl -0pi -e 's|\n *<ProjectReference Include="\.\.\\\.\.\\src\\Reporting\.Cli\\Reporting\.Cli\.csproj" />||' tests/Reporting.Tests/Reporting.Tests.csproj
fi

# ---------------------------------------------------------------------------------------------------
step "3. one copy of each repeated test helper"
# Finding the repository root: every hand-written copy (a method whose body looks for Reporting.sln)
# becomes a call of Repo.Root.
edit_cs 's/((?:public|private|internal) static string \w+\(\))(\s*)(\{(?:[^{}]++|(?3))*\})/
           my ($sig, $space, $body) = ($1, $2, $3); $body =~ m{"Reporting\.sln"} ? "$sig => Repo.Root;" : "$sig$space$body"/ge;
         s/(static string Root \{ get; \} = )FindRoot\(\);/$1Repo.Root;/;
         s/\n\n    private static string FindRoot\(\) => Repo\.Root;\n/\n/' \
  $(find tests -mindepth 1 -maxdepth 1 -type d -name '*.Tests')
# Date literals: a private helper parsing an ISO date becomes a call of Dates.D.
edit_cs 's/(static (?:NodaTime\.)?LocalDate \w+\(string (\w+)\) => )(?:NodaTime\.Text\.)?LocalDatePattern\.Iso\.Parse\(\2\)\.(?:Value|GetValueOrThrow\(\));/$1Dates.D($2);/g' \
  $(find tests -mindepth 1 -maxdepth 1 -type d -name '*.Tests')
tidy_usings

# ---------------------------------------------------------------------------------------------------
step "4. the solution lists every project"
for csproj in tests/*/*.csproj; do
  grep -qF "$(basename "$csproj")" Reporting.sln || dotnet sln Reporting.sln add --solution-folder tests "$csproj"
done

# ---------------------------------------------------------------------------------------------------
step "5. warnings are errors; the naming rules of .editorconfig are checked by the build"
perl -0pi -e 's|<TreatWarningsAsErrors>false</TreatWarningsAsErrors>|<TreatWarningsAsErrors>true</TreatWarningsAsErrors>|' Directory.Build.props
grep -q '<TreatWarningsAsErrors>true' Directory.Build.props ||
  perl -0pi -e 's|(\n *)(<NoWarn>)|$1<TreatWarningsAsErrors>true</TreatWarningsAsErrors>$1$2|' Directory.Build.props
grep -q '<EnforceCodeStyleInBuild>' Directory.Build.props ||
  perl -0pi -e 's|(\n *)(<TreatWarningsAsErrors>)|$1<!-- The code-style rules .editorconfig sets to warning (naming) fail the build too. -->$1<EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>$1$2|' Directory.Build.props

# ---------------------------------------------------------------------------------------------------
# ---------------------------------------------------------------------------------------------------
step "5b. README names the architecture page, the test layout and the tools"
perl -0pi -e 's/(\| `docs\/` \| )(?!`architecture\.md`)/$1`architecture.md` (the projects, their one-way references, where each kind of change goes), /;
              s/\| `tests\/` \| xunit tests; approved outputs beside the tests that check them \|/| `tests\/` | xunit tests, one project per `src` project (`tests\/<project>.Tests`); approved outputs beside the tests that check them; shared helpers in `tests\/Reporting.TestSupport` |/;
              s/(\| `tests\/` \|[^\n]*\n)(?!\| `tools\/`)/$1| `tools\/` | `house-rules.sh` (re-applies the house rules: field names, test layout, warnings as errors) and the Roslyn field renamer it runs |\n/' README.md

[ $moves_only = 1 ] && exit 0
step "6. one field-naming style: private fields are _camelCase (Roslyn rename, references follow)"
dotnet restore Reporting.sln -v q
dotnet run --project tools/field-names -c Release -- Reporting.sln
# Roslyn keeps `this.field = field` as `this._field = field`; with the prefix `this.` says nothing more.
edit_cs 's/\bthis\.(_[a-z]\w*)/$1/g' src tests

# ---------------------------------------------------------------------------------------------------
step "7. build (warnings are errors)"
dotnet build Reporting.sln -m:1 -v q -nologo -clp:ErrorsOnly

if [ $run_tests = 1 ]; then
  step "8. test"
  log="$(mktemp)"
  status=0
  dotnet test Reporting.sln --no-build 2>&1 | tee "$log" || status=$?
  awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1); if ($i == "Skipped:") s += $(i + 1) } }
       END { printf "house-rules: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
  rm -f "$log"
  exit "$status"
fi
