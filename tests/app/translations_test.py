#!/usr/bin/env python3
"""Fails when a shipped translation is incomplete: a message unfinished (or vanished/obsolete), a plural
without its forms, a translation whose %1 … %9 differ from its source's, or a tr() string of the sources that the .ts lacks (found by running lupdate on a
copy with the project file update_translations uses, so contexts such as tfs::views::MainWindow match).
The lupdate project (JSON) is generated here from the description CMake writes at configure time, the way
the update_translations target does, so the test needs no earlier build step.
usage: translations_test.py [--lupdate-options="OPTIONS"] LUPDATE CMAKE GENERATE_LUPDATE_PROJECT_SCRIPT LUPDATE_PROJECT_CMAKE TS_FILE..."""
import os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET


def placeholders(text):
    return set(re.findall(r'%[1-9]', text))


def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            out[(name, m.find('source').text or '')] = m
    return out


def main():
    args = sys.argv[1:]
    options = ['-no-obsolete', '-locations', 'none']
    if args and args[0].startswith('--lupdate-options='):
        options = args.pop(0).split('=', 1)[1].split()  # the options update_translations uses
    lupdate, cmake, generator, description, ts_files = args[0], args[1], args[2], args[3], args[4:]
    if not os.path.isfile(description):
        print(f'{description} is missing: configure the build with TFSCOPE_GUI=ON first')
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, 'project.json')
        gen = subprocess.run([cmake, f'-DIN_FILE={description}', f'-DOUT_FILE={project}', '-P', generator],
                             capture_output=True, text=True)
        if gen.returncode != 0 or not os.path.isfile(project):
            print(f'could not generate the lupdate project from {description}: {gen.stderr.strip()}')
            return 1
        for ts in ts_files:
            name = os.path.basename(ts)
            shipped = messages(ts)
            for (ctx, src), m in shipped.items():
                tr = m.find('translation')
                kind = tr.get('type')
                if kind in ('unfinished', 'vanished', 'obsolete'):
                    problems.append(f'{name}: {kind} [{ctx}] {src!r}')
                elif m.get('numerus') == 'yes':
                    forms = [f.text for f in tr.findall('numerusform')]
                    if not forms or not all(forms):
                        problems.append(f'{name}: plural forms missing [{ctx}] {src!r}')
                elif not (tr.text or '').strip():
                    problems.append(f'{name}: empty translation [{ctx}] {src!r}')
                # Every value the source shows must be in the translation (%1 ... %9; a dropped one loses a
                # file name or a count), and no other.
                if kind not in ('unfinished', 'vanished', 'obsolete'):
                    texts = [f.text or '' for f in tr.findall('numerusform')] or [tr.text or '']
                    for text in texts:
                        if placeholders(text) != placeholders(src):
                            problems.append(f'{name}: placeholders {sorted(placeholders(text))} instead of '
                                            f'{sorted(placeholders(src))} [{ctx}] {src!r} -> {text!r}')
            # What the sources would add: lupdate into a copy, then compare.
            copy = os.path.join(tmp, name)
            shutil.copy(ts, copy)
            run = subprocess.run([lupdate, '-project', project, *options, '-ts', copy],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f'{name}: lupdate failed: {run.stderr.strip()}')
                continue
            updated = messages(copy)
            for key in sorted(set(updated) - set(shipped)):
                problems.append(f'{name}: missing [{key[0]}] {key[1]!r}')
            for key in sorted(set(shipped) - set(updated)):
                problems.append(f'{name}: no longer in the sources [{key[0]}] {key[1]!r}')
    for p in problems:
        print(p)
    if problems:
        print(f'{len(problems)} problem(s). Fix: cmake --build build --target update_translations, then translate '
              f'every unfinished message (Qt Linguist or an editor).')
        return 1
    print(f'{len(ts_files)} translation(s) complete')
    return 0


if __name__ == '__main__':
    sys.exit(main())
