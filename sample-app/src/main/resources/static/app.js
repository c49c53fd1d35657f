// The page: starts a report with POST /api/runs, follows its progress as server-sent events,
// then draws the report. No framework and no CDN, so it works offline and next to the simulator.
(function () {
	'use strict';

	const $ = (id) => document.getElementById(id);
	// Okabe-Ito colours: told apart with every common colour-vision deficiency.
	const MILESTONES = [
		{ field: 'endOfSale', label: 'End of sale', color: '#56B4E9' },
		{ field: 'endOfSoftwareMaintenance', label: 'End of SW maintenance', color: '#E69F00' },
		{ field: 'lastDateOfSupport', label: 'Last date of support', color: '#D55E00' }
	];
	// [field, label]; the first two stay visible when the table scrolls sideways.
	const COLUMNS = [
		['hostname', 'Hostname'], ['serialNumber', 'Serial'], ['productId', 'PID'], ['description', 'Description'],
		['softwareType', 'Software'], ['softwareVersion', 'Version'], ['endOfSale', 'End of sale'],
		['endOfSoftwareMaintenance', 'End of SW maint.'], ['lastDateOfSupport', 'Last date of support'],
		['bulletin', 'EoL bulletin'], ['migrationProductId', 'Migration product'], ['covered', 'Covered'],
		['contractEnd', 'Contract end'], ['warrantyEnd', 'Warranty end'], ['suggestedRelease', 'Suggested release'],
		['advisories', 'Advisories'], ['highestSeverity', 'Highest severity'], ['notes', 'Notes']
	];
	const SEVERITY_RANK = { Critical: 0, High: 1, Medium: 2, Low: 3, Informational: 4 };
	// What the summary cards count; each is also a filter of the table.
	const FILTERS = [
		{ key: 'past', label: 'Past last date of support', count: 'pastLastDateOfSupport', bad: true,
			test: (d, r) => d.lastDateOfSupport && d.lastDateOfSupport < r.asOf },
		{ key: 'within12', label: 'Last date of support within 12 months', count: 'lastDateOfSupportWithin12Months',
			bad: true, test: (d, r) => within(d.lastDateOfSupport, r.asOf, 12) },
		{ key: 'within24', label: 'Last date of support within 24 months', count: 'lastDateOfSupportWithin24Months',
			test: (d, r) => within(d.lastDateOfSupport, r.asOf, 24) },
		{ key: 'uncovered', label: 'Not covered', count: 'uncovered', bad: true, test: (d) => d.covered === false },
		{ key: 'contractEnded', label: 'Contract ended', count: 'contractEnded', bad: true,
			test: (d) => d.contractEnded === true },
		{ key: 'critical', label: 'With critical advisories', count: 'criticalAdvisories', bad: true,
			test: (d) => d.highestSeverity === 'Critical' },
		{ key: 'notFound', label: 'Not found at Cisco', count: 'notFoundAtCisco', test: (d) => d.foundAtCisco === false }
	];
	const LISTED_ROWS = 20;

	let report = null;
	let rows = [];            // [{ device, tr, text }] in the table's current order
	let sort = { field: 'lastDateOfSupport', ascending: true };
	let run = null;           // { id, source, started, last }

	fetch('api/info').then((r) => r.json()).then((info) => {
		$('csv-header').textContent = info.csvHeader;
		if (info.simulator) {
			$('mode').textContent = 'Running against the embedded Cisco Support API SIMULATOR: the data is synthetic. '
				+ 'Set CISCO_SUPPORT_CLIENT_ID and CISCO_SUPPORT_CLIENT_SECRET to use Cisco.';
			$('mode').hidden = false;
			$('load-sample').hidden = false;
		}
	});

	$('load-sample').addEventListener('click', () =>
		fetch('api/sample-inventory').then((r) => r.text()).then((csv) => { $('inventory').value = csv; note(null); }));

	// Spreadsheets on Windows save CSV as Windows-1252: read it as such rather than as broken UTF-8.
	$('file').addEventListener('change', (event) => {
		const file = event.target.files[0];
		if (!file) {
			return;
		}
		file.arrayBuffer().then((bytes) => {
			try {
				$('inventory').value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
				note(null);
			}
			catch (notUtf8) {
				$('inventory').value = new TextDecoder('windows-1252').decode(bytes);
				note(file.name + ' is not UTF-8: read as Windows-1252 (Latin-1).');
			}
		});
	});

	$('run').addEventListener('click', start);
	$('cancel').addEventListener('click', () => {
		if (run) {
			$('cancel').disabled = true;
			fetch('api/runs/' + encodeURIComponent(run.id), { method: 'DELETE' });
		}
	});
	$('search').addEventListener('input', filter);

	function note(text) {
		$('file-note').textContent = text || '';
		$('file-note').hidden = !text;
	}

	function status(text) {
		$('status').textContent = text;
	}

	// ------------------------------------------------------------------ running a report

	function start() {
		running(true);
		status('Starting the report…');
		fetch('api/runs', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: $('inventory').value })
			.then((r) => r.ok ? r.json() : r.json().catch(() => ({})).then((problem) => {
				throw new Error(problem.detail || ('HTTP ' + r.status));
			}))
			.then((started) => follow(started))
			.catch((error) => {
				status('The report could not start: ' + error.message);
				running(false);
			});
	}

	function follow(started) {
		const source = new EventSource('api/runs/' + encodeURIComponent(started.id) + '/events');
		run = { id: started.id, source, started: Date.now(), last: null, lastAt: Date.now() };
		status('Asking Cisco about ' + started.devices + ' devices' + (started.rejectedRows
			? ' (' + started.rejectedRows + ' rows skipped)' : '') + '…');
		$('progress').hidden = false;
		run.ticker = setInterval(progressText, 1000);
		source.addEventListener('progress', (event) => {
			run.last = JSON.parse(event.data);
			run.lastAt = Date.now();
			progress();
		});
		source.addEventListener('done', (event) => {
			const done = JSON.parse(event.data);
			stop();
			fetch('api/reports/' + encodeURIComponent(done.reportId)).then((r) => r.json()).then((answer) => {
				report = answer;
				status('Report of ' + answer.devices.length + ' devices in ' + done.elapsedSeconds + ' s.');
				show();
			});
		});
		source.addEventListener('cancelled', () => {
			stop();
			status('The report was cancelled: no further calls to Cisco.');
		});
		source.addEventListener('failed', (event) => {
			stop();
			status('The report failed: ' + JSON.parse(event.data).message);
		});
	}

	function stop() {
		run.source.close();
		clearInterval(run.ticker);
		run = null;
		$('progress').hidden = true;
		running(false);
	}

	function running(on) {
		$('run').disabled = on;
		$('cancel').hidden = !on;
		$('cancel').disabled = false;
	}

	function progress() {
		const p = run.last;
		$('progress-bar').max = Math.max(p.total, 1);
		$('progress-bar').value = p.answered;
		$('progress-apis').replaceChildren(...p.apis.map((api) => {
			const item = element('li', api.answered === api.total ? 'complete' : null,
				api.name + ': ' + number(api.answered) + ' / ' + number(api.total));
			item.dataset.api = api.name;
			return item;
		}));
		progressText();
	}

	// Between events (PSIRT may answer twice a minute) the clock still moves.
	function progressText() {
		if (!run || !run.last) {
			return;
		}
		const p = run.last;
		const since = Math.round((Date.now() - run.lastAt) / 1000);
		let text = number(p.answered) + ' of ' + number(p.total) + ' lookups answered ('
			+ Math.floor(100 * p.answered / Math.max(p.total, 1)) + '%), ' + duration(p.elapsedSeconds + since);
		if (p.remainingSeconds !== null && p.remainingSeconds !== undefined) {
			text += ', about ' + duration(Math.max(p.remainingSeconds - since, 0)) + ' left';
		}
		$('progress-text').textContent = text;
	}

	// ------------------------------------------------------------------ the report

	function show() {
		$('result').hidden = false;
		$('download-csv').href = 'api/reports/' + encodeURIComponent(report.id) + '/csv';
		const json = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
		$('download-json').href = URL.createObjectURL(json);
		filters();
		summary();
		warnings();
		timeline();
		table();
		advisories();
		rejected();
	}

	function filters() {
		$('search').value = '';
		const box = $('filters');
		box.replaceChildren(element('legend', null, 'Show only devices'), ...FILTERS.map((f) => {
			const label = element('label');
			const checkbox = element('input');
			checkbox.type = 'checkbox';
			checkbox.id = 'filter-' + f.key;
			checkbox.dataset.filter = f.key;
			checkbox.addEventListener('change', filter);
			label.append(checkbox, ' ' + f.label.charAt(0).toLowerCase() + f.label.slice(1));
			return label;
		}));
	}

	function summary() {
		const s = report.summary;
		const all = element('button', 'card', null);
		all.type = 'button';
		all.append(element('b', null, number(s.devices)), 'Devices (show all)');
		all.addEventListener('click', () => {
			FILTERS.forEach((f) => { $('filter-' + f.key).checked = false; });
			$('search').value = '';
			filter();
		});
		const cards = FILTERS.map((f) => {
			const value = s[f.count];
			const card = element('button', 'card' + (f.bad && value > 0 ? ' bad' : ''));
			card.type = 'button';
			card.dataset.filter = f.key;
			card.setAttribute('aria-pressed', 'false');
			card.append(element('b', null, number(value)), f.label);
			card.addEventListener('click', () => {
				const box = $('filter-' + f.key);
				box.checked = !box.checked;
				filter();
			});
			return card;
		});
		const skipped = element('a', 'card', null);
		skipped.href = '#rejected';
		skipped.append(element('b', null, number(s.rejectedRows)), 'Skipped rows');
		const asOf = element('div', 'card', null);
		asOf.append(element('b', null, report.asOf), 'as of');
		$('summary').replaceChildren(all, ...cards, skipped, asOf);
	}

	function warnings() {
		$('warnings').replaceChildren(...report.warnings.map((w) => element('li', null, w)),
			...Object.entries(report.unavailable).map(([api, why]) => element('li', null, api + ': ' + why)));
	}

	// ------------------------------------------------------------------ the chart

	// Grouped bars: per year, how many devices reach each milestone; a line marks the report's date.
	function timeline() {
		const counts = {};
		report.devices.forEach((device) => MILESTONES.forEach((m, i) => {
			const date = device[m.field];
			if (date) {
				const year = Number(date.slice(0, 4));
				(counts[year] = counts[year] || [0, 0, 0])[i]++;
			}
		}));
		const box = $('timeline');
		const thisYear = Number(report.asOf.slice(0, 4));
		const known = Object.keys(counts).map(Number);
		if (known.length === 0) {
			box.replaceChildren(element('p', null, 'No end-of-life milestones in this inventory.'));
			return;
		}
		const first = Math.min(thisYear, ...known);
		const last = Math.max(thisYear, ...known);
		const years = [];
		for (let y = first; y <= last; y++) {
			years.push(y);
		}
		const max = Math.max(1, ...years.flatMap((y) => counts[y] || [0]));
		const step = tickStep(max);
		const top = step * Math.ceil(max / step);
		const labelEvery = years.length <= 40 ? 1 : years.length <= 80 ? 2 : 5;
		const left = 48, head = 18, height = 220, bar = 8, group = bar * 3 + 10;
		const width = left + years.length * group + 16;
		const svg = svgElement('svg', { width, height: head + height + 30, viewBox: '0 0 ' + width + ' ' + (head + height + 30),
			role: 'img', 'aria-label': 'Devices reaching end of sale, end of software maintenance and last date of support, '
				+ 'by year, from ' + first + ' to ' + last + '; the line marks ' + report.asOf });
		const y = (value) => head + height - height * value / top;
		for (let value = 0; value <= top; value += step) {
			svg.append(svgElement('line', { x1: left, x2: width - 8, y1: y(value), y2: y(value), stroke: '#e1e5ea' }));
			svg.append(svgText(left - 6, y(value) + 4, number(value), 'end', 'tick'));
		}
		years.forEach((year, i) => {
			const x = left + i * group + 5;
			(counts[year] || [0, 0, 0]).forEach((count, m) => {
				const h = height * count / top;
				const rect = svgElement('rect', { x: x + m * bar, y: head + height - h, width: bar - 1, height: h,
					fill: MILESTONES[m].color, 'data-year': year, 'data-milestone': MILESTONES[m].field, 'data-count': count });
				rect.append(svgElement('title', {}, year + ', ' + MILESTONES[m].label + ': ' + number(count)));
				svg.append(rect);
			});
			if (year % labelEvery === 0) {
				svg.append(svgText(x + bar * 1.5, head + height + 16, String(year), 'middle', 'year'));
			}
		});
		const asOf = new Date(report.asOf + 'T00:00:00Z');
		const fraction = (asOf - Date.UTC(thisYear, 0, 1)) / (Date.UTC(thisYear + 1, 0, 1) - Date.UTC(thisYear, 0, 1));
		const todayX = left + (thisYear - first + fraction) * group;
		svg.append(svgElement('line', { x1: todayX, x2: todayX, y1: head - 4, y2: head + height, stroke: '#1d2733',
			'stroke-width': 1.5, 'stroke-dasharray': '4 3', class: 'today' }));
		svg.append(svgText(todayX, head - 7, 'today (' + report.asOf + ')', todayX > width - 90 ? 'end' : 'middle', 'today'));
		const legend = element('ul', 'legend');
		legend.setAttribute('aria-label', 'Legend');
		MILESTONES.forEach((m) => {
			const item = element('li');
			const swatch = element('span', 'swatch');
			swatch.style.background = m.color;
			item.append(swatch, m.label);
			legend.append(item);
		});
		box.replaceChildren(legend, svg);
	}

	// Whole numbers only: 1, 2 or 5 times a power of ten, about five ticks.
	function tickStep(max) {
		const raw = Math.max(1, max / 5);
		const power = Math.pow(10, Math.floor(Math.log10(raw)));
		const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw);
		return Math.max(1, Math.round(step));
	}

	// ------------------------------------------------------------------ the device table

	function table() {
		const head = element('tr');
		COLUMNS.forEach(([field, label], i) => {
			const th = element('th', i < 2 ? 'pin-' + (i + 1) : null);
			th.dataset.field = field;
			th.scope = 'col';
			const button = element('button', 'sort', label);
			button.type = 'button';
			button.addEventListener('click', () => {
				sort = { field, ascending: sort.field === field ? !sort.ascending : true };
				order();
			});
			th.append(button);
			head.append(th);
		});
		document.querySelector('#report-table thead').replaceChildren(head);
		rows = report.devices.map((device) => ({ device, tr: row(device), text: searchText(device) }));
		order();
	}

	function row(device) {
		const tr = element('tr');
		tr.dataset.serial = device.serialNumber;
		COLUMNS.forEach(([field], i) => {
			const td = element('td', i < 2 ? 'pin-' + (i + 1) : null);
			td.dataset.field = field;
			cell(td, field, device);
			tr.append(td);
		});
		return tr;
	}

	function cell(td, field, device) {
		const value = device[field];
		if (field === 'bulletin' && device.bulletinUrl) {
			td.append(link(device.bulletinUrl, value || 'bulletin'));
		}
		else if (field === 'migrationProductId' && value) {
			td.append(device.migrationProductUrl ? link(device.migrationProductUrl, value) : value);
			if (device.migrationProductName) {
				td.title = device.migrationProductName;
			}
		}
		else if (field === 'suggestedRelease' && value) {
			suggested(td, device);
		}
		else if (field === 'advisories' && value) {
			const button = element('button', 'advisories', value + ' ▸');
			button.type = 'button';
			button.setAttribute('aria-expanded', 'false');
			button.setAttribute('aria-label', value + ' advisories of ' + (device.hostname || device.serialNumber));
			button.addEventListener('click', () => details(button, td.parentElement, device));
			td.append(button);
		}
		else {
			td.textContent = text(value);
		}
		if (field === 'lastDateOfSupport' && value && value < report.asOf) {
			td.classList.add('past');
		}
		if (field === 'contractEnd' && device.contractEnded) {
			td.classList.add('ended');
			td.textContent = value + ' (ended)';
		}
		if (field === 'highestSeverity' && value) {
			td.classList.add(value);
		}
	}

	function suggested(td, device) {
		td.append(device.suggestedRelease);
		if (device.upgradeAvailable) {
			td.append(' ', element('span', 'newer', '▲ newer'));
		}
		else if (device.upgradeAvailable === false) {
			td.append(' ', element('span', 'muted', device.suggestedRelease === device.softwareVersion ? '(running)' : '(not newer)'));
		}
		if (device.advisories) {
			const fixed = device.advisoriesFixedBySuggestedRelease;
			const open = device.advisoriesOpenInSuggestedRelease;
			const unknown = device.advisories - fixed - open;
			td.title = 'Of the ' + device.advisories + ' advisories of the running release, PSIRT\'s first fixed releases show '
				+ fixed + ' fixed and ' + open + ' still open in the suggested release' + (unknown ? ' (' + unknown + ' unknown)' : '');
			td.append(' ', element('span', 'muted', 'fixes ' + fixed + '/' + device.advisories));
		}
	}

	function details(button, tr, device) {
		const open = button.getAttribute('aria-expanded') === 'true';
		button.setAttribute('aria-expanded', String(!open));
		button.textContent = device.advisories + (open ? ' ▸' : ' ▾');
		if (open) {
			tr.nextElementSibling.remove();
			return;
		}
		const byId = Object.fromEntries(report.advisories.map((a) => [a.id, a]));
		const list = element('ul');
		device.advisoryIds.forEach((id) => list.append(advisoryItem(byId[id] || { id })));
		const detail = element('tr', 'details');
		const td = element('td');
		td.colSpan = COLUMNS.length;
		// The cell spans the whole table; its content stays in view however far the table scrolls.
		const body = element('div', 'detail-body');
		body.append(element('b', null, 'Advisories of ' + device.softwareType + ' ' + device.softwareVersion), list);
		td.append(body);
		detail.append(td);
		tr.after(detail);
	}

	function advisoryItem(a) {
		const item = element('li');
		item.append(link(a.url, a.id), ' ', element('span', a.severity, a.severity || ''),
			' ', a.title || '', a.cves && a.cves.length ? ' (' + a.cves.join(', ') + ')' : '');
		return item;
	}

	// Sorts the rows (empty values last either way; severities by rank) and puts them in that order.
	function order() {
		document.querySelectorAll('#report-table th').forEach((th) => {
			if (th.dataset.field === sort.field) {
				th.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
			}
			else {
				th.removeAttribute('aria-sort');
			}
		});
		document.querySelectorAll('#report-table tr.details').forEach((tr) => tr.remove());
		rows.sort((a, b) => compare(a.device, b.device));
		const body = document.querySelector('#report-table tbody');
		body.replaceChildren(...rows.map((r) => {
			const button = r.tr.querySelector('button.advisories');
			if (button) {
				button.setAttribute('aria-expanded', 'false');
				button.textContent = r.device.advisories + ' ▸';
			}
			return r.tr;
		}));
		filter();
	}

	function compare(a, b) {
		const key = (device) => {
			const value = device[sort.field];
			if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
				return null;
			}
			return sort.field === 'highestSeverity' ? SEVERITY_RANK[value] ?? 9 : Array.isArray(value) ? value.join() : value;
		};
		const x = key(a), y = key(b);
		if (x === null || y === null) {
			return x === y ? 0 : (x === null ? 1 : -1);
		}
		const order = (typeof x === 'number' && typeof y === 'number') ? x - y : String(x).localeCompare(String(y));
		return sort.ascending ? order : -order;
	}

	// Shows the rows that match the search and every checked filter.
	function filter() {
		const active = FILTERS.filter((f) => $('filter-' + f.key) && $('filter-' + f.key).checked);
		const words = $('search').value.toLowerCase().split(/\s+/).filter(Boolean);
		let shown = 0;
		rows.forEach((r) => {
			const visible = active.every((f) => f.test(r.device, report)) && words.every((w) => r.text.includes(w));
			r.tr.hidden = !visible;
			const next = r.tr.nextElementSibling;
			if (next && next.classList.contains('details')) {
				next.hidden = !visible;
			}
			shown += visible ? 1 : 0;
		});
		document.querySelectorAll('#summary .card[data-filter]').forEach((card) =>
			card.setAttribute('aria-pressed', String(active.some((f) => f.key === card.dataset.filter))));
		$('shown').textContent = 'Showing ' + number(shown) + ' of ' + number(rows.length) + ' devices';
		pin();
	}

	// The serial column sticks right of the host name column, whatever width that one has.
	function pin() {
		const first = document.querySelector('#report-table th.pin-1');
		if (first) {
			$('report-table').style.setProperty('--pin-2-left', first.offsetWidth + 'px');
		}
	}

	function searchText(device) {
		return [device.hostname, device.serialNumber, device.productId, device.description, device.softwareType,
			device.softwareVersion, device.suggestedRelease, device.migrationProductId, device.highestSeverity,
			...device.advisoryIds, ...device.notes].filter(Boolean).join(' ').toLowerCase();
	}

	// ------------------------------------------------------------------ advisories and skipped rows

	function advisories() {
		const head = element('tr');
		['Severity', 'Advisory', 'Title', 'CVE', 'First fixed', 'Devices'].forEach((label) => {
			const th = element('th', null, label);
			th.scope = 'col';
			head.append(th);
		});
		document.querySelector('#advisory-table thead').replaceChildren(head);
		document.querySelector('#advisory-table tbody').replaceChildren(...report.advisories.map((a) => {
			const tr = element('tr');
			tr.dataset.advisory = a.id;
			const id = element('td');
			id.append(link(a.url, a.id));
			tr.append(element('td', a.severity, a.severity || ''), id, element('td', null, a.title || ''),
				element('td', null, a.cves.join(', ')), element('td', null, a.firstFixed.join(', ')),
				element('td', null, number(a.devices)));
			return tr;
		}));
	}

	function rejected() {
		const skipped = report.rejectedRows;
		$('rejected').hidden = skipped.length === 0;
		document.querySelector('#rejected ul').replaceChildren(...skipped.slice(0, LISTED_ROWS).map((row) =>
			element('li', null, 'line ' + row.line + ': ' + row.reason + ' — ' + row.content)));
		$('rejected-more').textContent = skipped.length > LISTED_ROWS
			? (skipped.length - LISTED_ROWS) + ' more rows skipped (' + skipped.length + ' in all); the JSON download '
				+ 'lists every one.' : '';
	}

	// ------------------------------------------------------------------ helpers

	function within(date, asOf, months) {
		if (!date || date < asOf) {
			return false;
		}
		const limit = new Date(asOf + 'T00:00:00Z');
		limit.setUTCMonth(limit.getUTCMonth() + months);
		return date < limit.toISOString().slice(0, 10);
	}

	function text(value) {
		return Array.isArray(value) ? value.join('; ')
			: (value === null || value === undefined) ? '' : (typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
	}

	function number(value) {
		return Number(value).toLocaleString('en-US');
	}

	function duration(seconds) {
		return seconds < 90 ? seconds + ' s' : Math.floor(seconds / 60) + ' min ' + (seconds % 60) + ' s';
	}

	// Links come from Cisco's answers: only web addresses become links.
	function link(href, label) {
		if (!/^https?:\/\//i.test(href || '')) {
			return document.createTextNode(label);
		}
		const a = element('a', null, label);
		a.href = href;
		a.target = '_blank';
		a.rel = 'noopener';
		return a;
	}

	function element(name, className, text) {
		const e = document.createElement(name);
		if (className) {
			e.className = className;
		}
		if (text !== undefined && text !== null) {
			e.textContent = text;
		}
		return e;
	}

	function svgElement(name, attributes, text) {
		const e = document.createElementNS('http://www.w3.org/2000/svg', name);
		Object.entries(attributes).forEach(([k, v]) => e.setAttribute(k, v));
		if (text !== undefined) {
			e.textContent = text;
		}
		return e;
	}

	function svgText(x, y, text, anchor, className) {
		return svgElement('text', { x, y, 'text-anchor': anchor, 'font-size': 11, fill: '#1d2733', class: className }, text);
	}
}());
