// JUnit XML for CI test tabs: one test case per operation (per service when the report has
// named services), one failure per finding that fails the policy, its message naming the edit.
import type { Edit, Finding } from '../types.js';
import { findingSunsetNote, locations, operationLabel, sunsetNote } from './finding-text.js';
import { failsPolicy, type Reporter, type ReportOptions } from './reporter.js';
import { editSides, rollbackLine, sidesOfEdits } from './rollback-text.js';
import { describeVerdict, serviceName, serviceViews } from './semver.js';

interface TestCase {
  name: string;
  classname: string;
  findings: Finding[];
}

export const renderJunit: Reporter = (report, options) => {
  const edits = new Map(report.edits.map((e) => [e.id, e]));
  const perService = report.services.some((s) => s.name !== '');
  const sides = editSides(report);
  const suites = serviceViews(report).map(({ service, findings, verdict, rollbackUnsafe }) => {
    const name = serviceName(service);
    const cases = perService ? [{ name, classname: 'apicompat', findings }] : byOperation(findings, name);
    const rendered = cases.map((c) => testCase(c, options, edits));
    const failures = cases.reduce((n, c) => n + c.findings.filter((f) => fails(f, options)).length, 0);
    const rollback = rollbackLine(service, sidesOfEdits(rollbackUnsafe, sides));
    return [
      `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">`,
      `    <properties>`,
      `      <property name="semver" value="${attr(describeVerdict(verdict))}"/>`,
      ...(rollback ? [`      <property name="rollback-safe" value="${attr(rollback)}"/>`] : []),
      `    </properties>`,
      ...rendered,
      `  </testsuite>`,
    ].join('\n');
  });
  const tests = (suites.join('').match(/<testcase /g) ?? []).length;
  const failures = report.changes.filter((f) => fails(f, options)).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="apicompat" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function byOperation(findings: Finding[], suite: string): TestCase[] {
  const cases = new Map<string, TestCase>();
  for (const finding of findings) {
    const name = operationLabel(finding);
    const existing = cases.get(name);
    if (existing) existing.findings.push(finding);
    else cases.set(name, { name, classname: suite, findings: [finding] });
  }
  return [...cases.values()];
}

function testCase(test: TestCase, options: ReportOptions, edits: ReadonlyMap<string, Edit>): string {
  const open = `    <testcase name="${attr(test.name)}" classname="${attr(test.classname)}"`;
  const failing = test.findings.filter((f) => fails(f, options));
  const others = test.findings.filter((f) => !fails(f, options));
  if (failing.length === 0 && others.length === 0) return `${open}/>`;
  const lines = [`${open}>`];
  for (const f of failing) {
    lines.push(`      <failure message="${attr(failureMessage(f, edits))}" type="${attr(f.ruleId)}">${text(detail(f))}</failure>`);
  }
  if (others.length > 0) lines.push(`      <system-out>${text(others.map(detail).join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return lines.join('\n');
}

/** The edit's sentence and id: a change to a shared component fails every operation for one reason. */
function failureMessage(finding: Finding, edits: ReadonlyMap<string, Edit>): string {
  const edit = finding.edit === undefined ? undefined : edits.get(finding.edit);
  if (!edit) return finding.message;
  const others = edit.operations.length > 1 ? `; ${edit.operations.length} operations` : '';
  return `${edit.message}${sunsetNote(edit)} (edit ${edit.id}${others})`;
}

function fails(finding: Finding, options: ReportOptions): boolean {
  return failsPolicy([finding], options);
}

function detail(f: Finding): string {
  const accepted = f.accepted ? ` (accepted: ${f.accepted.reason})` : '';
  return `${f.class} ${f.ruleId}${accepted}: ${f.message}${findingSunsetNote(f)} [${locations(f)}]`;
}

/** Characters XML 1.0 forbids outright are dropped; the rest are escaped. */
function text(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
