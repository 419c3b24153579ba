// The plugin fails an outside project whose committed artifacts no longer match the schema,
// naming each stale file and the command that refreshes them, and changes nothing.
def log = new File(basedir, 'build.log').text
def expected = 'Committed metrics artifacts are stale, they no longer match the schema:\n' +
    '[ERROR]   grafana/queue.json (differs)\n' +
    '[ERROR]   grafana/removed.json (no longer generated)\n' +
    '[ERROR] Refresh them with: mvn process-classes -Dmetrics.refresh=true'
assert log.contains(expected) : "no stale-artifacts failure in build.log:\n$log"
assert new File(basedir, 'grafana/removed.json').isFile()
assert new File(basedir, 'grafana/queue.json').text.contains('Jobs in the queue')
return true
