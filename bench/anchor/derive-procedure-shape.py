#!/usr/bin/env python3
"""Derives the anchor's process of the procedure's shape from bpmn/SubdomainHostingProcess.bpmn.

The same flow nodes, lanes, candidate groups, asynchronous steps and the two timers of each user
task's Mutu Baku, with nothing of the project's own: no-op delegates, fixed timer durations, no
forms, no listeners but the timers' no-op one, and the gateways' conditions that read what the
project's delegates or settings decide replaced by the path the benchmark takes (every
integration in its manual mode, a complete request, a DNS check that finds no other target).
What the users fill in still decides the Kabid's and the Kadis's gateways, as in the procedure.

    python3 bench/anchor/derive-procedure-shape.py   # from the project root; rewrites the file
"""
import re
import sys
from pathlib import Path

SOURCE = Path("bpmn/SubdomainHostingProcess.bpmn")
TARGET = Path("bench/anchor/src/main/resources/bpmn/anchor-procedure-shape.bpmn")

CONDITIONS = {
    "${!requestComplete}": "${false}",
    "${requestComplete}": "${true}",
    "${dnsCheck != 'DIFFERENT'}": "${true}",
    "${dnsCheck == 'DIFFERENT'}": "${false}",
}


def derive(text):
    text = text.replace('id="SubdomainHostingProcess"', 'id="AnchorProcedureProcess"')
    text = text.replace('processRef="SubdomainHostingProcess"', 'processRef="AnchorProcedureProcess"')
    text = re.sub(r'\s+camunda:(formKey|formRef|formRefBinding|candidateStarterGroups|'
                  r'isStartableInTasklist|assignee)="[^"]*"', "", text)
    text = re.sub(r'camunda:dueDate="[^"]*"', 'camunda:dueDate="P1D"', text)
    # A service task's delegate, wherever Modeler puts the attribute (listeners' are unprefixed).
    text = re.sub(r'camunda:delegateExpression="\$\{\w+\}"',
                  'camunda:delegateExpression="${noopDelegate}"', text)
    # The two Mutu Baku timers of a user task stay, with a no-op listener and fixed durations.
    text = re.sub(r'delegateExpression="\$\{mutuBaku(Reminder|Escalation)\}" event="timeout"',
                  'delegateExpression="${noopTaskListener}" event="timeout"', text)
    text = re.sub(r'<bpmn:timeDate xsi:type="bpmn:tFormalExpression">\$\{mutuBaku\.dueAt\(execution\)\}</bpmn:timeDate>',
                  '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration>', text)
    text = re.sub(r'<bpmn:timeDate xsi:type="bpmn:tFormalExpression">\$\{mutuBaku\.escalationAt\(execution\)\}</bpmn:timeDate>',
                  '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P2D</bpmn:timeDuration>', text)
    # Every other listener is the project's own work.
    text = re.sub(r'\s*<camunda:(execution|task)Listener delegateExpression="\$\{(?!noopTaskListener)\w+\}" event="\w+" />', "", text)
    text = re.sub(r"integrations\.manual\('\w+'\)", "true", text)
    for condition, replacement in CONDITIONS.items():
        text = text.replace(f">{condition}<", f">{replacement}<")
    left = sorted(set(re.findall(r"\$\{[^}]*\}", text)) - {"${noopDelegate}", "${noopTaskListener}"})
    return text, left


def main():
    text, left = derive(SOURCE.read_text(encoding="utf-8"))
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET} written; expressions left: {left}")
    if any("mutuBaku" in e or "integrations" in e or "Delegate" in e or "Listener" in e for e in left):
        sys.exit("an expression of the project is left")


if __name__ == "__main__":
    main()
